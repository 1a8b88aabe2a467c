import type OpenAI from 'openai';
import type { RequestOptions } from './egress';
import type { ChatRequest } from './types';

/**
 * Streams chat deltas through the openai SDK. A stall longer than idleMs (no bytes before the first
 * chunk, or between chunks) aborts the request with reason 'idle-timeout', because the SDK's own
 * timeout stops counting once the response headers arrive.
 */
export async function* streamChatDeltas(
  client: OpenAI,
  model: string,
  request: ChatRequest,
  idleMs: number,
  /** Passed to the SDK with the request (the egress's routing tag, lib/engines/egress.ts). */
  fetchOptions?: RequestOptions['fetchOptions'],
): AsyncGenerator<string> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(request.signal?.reason);
  if (request.signal?.aborted) onAbort();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new IdleTimeout()), idleMs);
  };
  try {
    arm();
    const stream = await client.chat.completions.create(
      {
        model,
        messages: request.messages,
        stream: true,
        ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      },
      { signal: controller.signal, ...(fetchOptions ? { fetchOptions } : {}) },
    );
    for await (const chunk of stream) {
      arm();
      if (!Array.isArray(chunk.choices)) throw new MalformedChunk();
      const delta = chunk.choices[0]?.delta?.content;
      if (typeof delta === 'string' && delta !== '') yield delta;
    }
    // The SDK's stream reader ends quietly when its signal aborts mid-body; a cut-off reply must not
    // pass for a complete one.
    if (controller.signal.aborted)
      throw controller.signal.reason ?? new DOMException('Aborted', 'AbortError');
  } catch (error) {
    if (controller.signal.reason instanceof IdleTimeout) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}

export class IdleTimeout extends Error {
  override name = 'IdleTimeout';
}

export class MalformedChunk extends Error {
  override name = 'MalformedChunk';
}
