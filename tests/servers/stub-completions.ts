import { splitChunks } from './text-chunks';

/**
 * The legacy /v1/completions route of the OpenAI stand-in, which logit mode uses: it continues the
 * prompt with a fixed, unremarkable text and, like vLLM or llama.cpp, returns top log-probabilities
 * per token — or, like LM Studio, none ('plain'), or has no such route ('none').
 */
export type CompletionsSupport = 'logprobs' | 'plain' | 'none';

export const COMPLETION_TEXT =
  'Thank you very much for your support and for approving my request. I appreciate your help and will keep you updated. Best regards.';

/** A flat cloud: its own token at 0.3, four alternatives at 0.15 each. */
function topFor(token: string, n: number): Record<string, number> {
  const top: Record<string, number> = { [token]: Math.log(0.3) };
  for (let i = 1; i < Math.min(5, Math.max(1, n)); i++) top[`${token}#${i}`] = Math.log(0.15);
  return top;
}

export function completionBody(
  value: unknown,
  support: CompletionsSupport,
  chunkSize: number,
  model: string,
) {
  const body = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const prompt = typeof body.prompt === 'string' ? body.prompt : '';
  const maxTokens = typeof body.max_tokens === 'number' ? body.max_tokens : 16;
  const n = typeof body.logprobs === 'number' ? body.logprobs : 0;
  const all = splitChunks(COMPLETION_TEXT, chunkSize);
  // Continue from roughly where the text after "Text:" has got to, so rounds move forward.
  const written = prompt.split('Text:\n').at(-1)?.length ?? 0;
  const from = Math.floor(written / chunkSize) % all.length;
  const tokens = all.slice(from, from + maxTokens);
  const logprobs =
    support === 'logprobs' && n > 0
      ? {
          tokens,
          token_logprobs: tokens.map(() => Math.log(0.3)),
          top_logprobs: tokens.map((t) => topFor(t, n)),
          text_offset: tokens.map((_, i) => prompt.length + i * chunkSize),
        }
      : null;
  return {
    id: 'cmpl-stub',
    object: 'text_completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, text: tokens.join(''), logprobs, finish_reason: 'length' }],
  };
}
