import type OpenAI from 'openai';
import type { DistributionRequest, TokenCandidate } from './types';

/** OpenAI's API caps top_logprobs at 20; servers that follow it do too. */
export const SERVER_MAX_TOP_K = 20;

interface RawTop {
  token: string;
  logprob: number;
}

function candidates(top: readonly RawTop[] | null | undefined): TokenCandidate[] {
  return (top ?? [])
    .filter((c) => typeof c.token === 'string' && Number.isFinite(c.logprob))
    .map((c) => ({ text: c.token, logprob: Math.min(0, c.logprob) }))
    .sort((a, b) => b.logprob - a.logprob);
}

/**
 * Top-k next-token candidates after an assistant prefix. The prefix is sent as a final assistant
 * message: llama.cpp and Ollama continue it; vLLM needs continue_final_message.
 */
export async function serverNextTokens(
  client: OpenAI,
  model: string,
  request: DistributionRequest,
): Promise<TokenCandidate[]> {
  const continuing = request.prefix !== '';
  const params = {
    model,
    messages: continuing
      ? [...request.messages, { role: 'assistant' as const, content: request.prefix }]
      : request.messages,
    max_tokens: 1,
    temperature: 0,
    logprobs: true,
    top_logprobs: Math.min(SERVER_MAX_TOP_K, Math.max(1, request.topK)),
    ...(continuing ? { continue_final_message: true, add_generation_prompt: false } : {}),
  };
  const reply = await client.chat.completions.create(
    params as OpenAI.ChatCompletionCreateParamsNonStreaming,
    {
      signal: request.signal,
    },
  );
  const first = reply.choices[0]?.logprobs?.content?.[0];
  return candidates(first?.top_logprobs);
}
