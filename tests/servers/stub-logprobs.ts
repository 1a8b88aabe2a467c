/**
 * Log-probabilities for the OpenAI stand-in: each streamed piece is one "token". The chosen token has
 * probability 0.55; alternatives `${token}~1`, `${token}~2`, … share the rest by halves, so the top-k
 * are sorted, sum to less than 1, and are the same for the same text.
 */
export interface StubLogprob {
  token: string;
  logprob: number;
  bytes: null;
  top_logprobs: { token: string; logprob: number; bytes: null }[];
}

export function stubLogprob(token: string, topK: number): StubLogprob {
  const top = [{ token, logprob: Math.log(0.55), bytes: null }];
  for (let i = 1; i < Math.max(1, topK); i++) {
    top.push({ token: `${token}~${i}`, logprob: Math.log(0.45 / 2 ** i), bytes: null });
  }
  return { token, logprob: Math.log(0.55), bytes: null, top_logprobs: top };
}

export interface LogprobRequest {
  logprobs: boolean;
  topK: number;
  maxTokens: number | undefined;
  /** The assistant prefix to continue, when the last message is the assistant's. */
  prefix: string | undefined;
}

export function logprobRequest(value: unknown): LogprobRequest {
  const body = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const messages = Array.isArray(body.messages)
    ? (body.messages as { role?: unknown; content?: unknown }[])
    : [];
  const last = messages.at(-1);
  return {
    logprobs: body.logprobs === true,
    topK: typeof body.top_logprobs === 'number' ? body.top_logprobs : 0,
    maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : undefined,
    prefix: last?.role === 'assistant' && typeof last.content === 'string' ? last.content : undefined,
  };
}

/** The reply to stream when a prefix is continued: the rest of the full reply after the prefix. */
export function continuation(full: string, prefix: string | undefined): string {
  if (prefix === undefined) return full;
  return full.startsWith(prefix) ? full.slice(prefix.length) : full;
}
