/**
 * In-process stand-ins with zero model latency for scripts/bench-pipeline.ts: a cloud endpoint on the
 * wire (chat as SSE, completions with log-probabilities) behind the real client and egress, and a local
 * engine that answers at once. What they cost is the floor under the bench's figures.
 */
import type { LocalEngine, TokenCandidate } from '../../lib/engines/types';

const encoder = new TextEncoder();

function sse(deltas: readonly string[]): Response {
  let i = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const delta = deltas[i++];
        if (delta === undefined) {
          controller.enqueue(encoder.encode('data: [DONE]\n\n'));
          controller.close();
          return;
        }
        const chunk = { choices: [{ index: 0, delta: { content: delta }, finish_reason: null }] };
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`));
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

const ALTERNATIVE = ' the';

/** The candidates a stand-in gives for `token`: it, most likely, and one alternative. */
export function candidates(token: string): TokenCandidate[] {
  return [
    { text: token, logprob: -0.05 },
    { text: token === ALTERNATIVE ? ' a' : ALTERNATIVE, logprob: -3.5 },
  ];
}

/**
 * A cloud endpoint: chat requests stream `chatDeltas`; a completions request (a logit round) proposes
 * the next `max_tokens` tokens of `script` from where the draft stands (`position()`).
 */
export function standInFetch(
  chatDeltas: readonly string[],
  script: readonly string[],
  position: () => number,
): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const body = JSON.parse(String(init?.body)) as { max_tokens?: number };
    if (!url.endsWith('/completions') || url.endsWith('/chat/completions')) return sse(chatDeltas);
    const at = position();
    const tokens = script.slice(at, at + (body.max_tokens ?? 8));
    const logprobs = {
      tokens,
      token_logprobs: tokens.map(() => -0.05),
      top_logprobs: tokens.map((t) => Object.fromEntries(candidates(t).map((c) => [c.text, c.logprob]))),
    };
    const choice = { index: 0, text: tokens.join(''), finish_reason: 'length', logprobs };
    return new Response(JSON.stringify({ id: 'c', object: 'text_completion', choices: [choice] }), {
      headers: { 'content-type': 'application/json' },
    });
  };
}

/** A local engine: chat streams `script`; a distribution follows `script` from the prefix it is given. */
export function standInLocal(script: readonly string[]): LocalEngine {
  // Where each prefix of the script ends, so a distribution request finds its position in O(1).
  const at = new Map<number, number>();
  let length = 0;
  script.forEach((token, i) => {
    at.set(length, i);
    length += token.length;
  });
  at.set(length, script.length);
  return {
    kind: 'server',
    label: 'Stand-in local',
    async *chat() {
      for (const token of script) yield token;
    },
    nextTokens(request) {
      const i = at.get(request.prefix.length);
      const token = i === undefined ? undefined : script[i];
      return Promise.resolve(token === undefined ? [] : candidates(token));
    },
  };
}
