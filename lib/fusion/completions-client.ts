/**
 * CloudProposer and LocalModel over an OpenAI-compatible legacy `/v1/completions` endpoint with
 * `logprobs` (vLLM, llama.cpp server, Ollama ≥ 0.12.11, and tests/servers/table-model.ts). Continuation
 * of a given prefix is what this endpoint does natively, which chat endpoints do not.
 *
 * The caller owns privacy: `prompt` must already be the guarded, redacted prompt for a cloud endpoint.
 */
import { FusionProtocolError, type CloudProposer, type CloudStep, type LocalModel } from './protocol';
import type { Rng, TokenCandidate } from './types';
import { isRecord } from '../guards';

export interface CompletionsConfig {
  /** Base URL including /v1. */
  baseURL: string;
  model: string;
  /** Text placed before the continuation in every request. */
  prompt: string;
  apiKey?: string;
  /** Candidates per position (`logprobs`); also sent as `top_k` so the server draws from exactly them. */
  topLogprobs?: number;
  temperature?: number;
  tokenizer?: string;
  /** Seeds each request, so a server that honours `seed` draws reproducibly. */
  rng?: Rng;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface LegacyLogprobs {
  tokens: string[];
  token_logprobs: number[];
  top_logprobs: Record<string, number>[];
}

function readLogprobs(body: unknown): LegacyLogprobs {
  const choice = isRecord(body) && Array.isArray(body.choices) ? body.choices[0] : undefined;
  const lp = isRecord(choice) ? choice.logprobs : undefined;
  if (
    !isRecord(lp) ||
    !Array.isArray(lp.tokens) ||
    !Array.isArray(lp.token_logprobs) ||
    !Array.isArray(lp.top_logprobs)
  )
    throw new FusionProtocolError('The endpoint returned no log-probabilities (choices[0].logprobs).');
  // Shapes checked above; entries are checked one by one in toSteps.
  return lp as unknown as LegacyLogprobs;
}

function toSteps(lp: LegacyLogprobs): CloudStep[] {
  return lp.tokens.map((text, i) => {
    const tops = lp.top_logprobs[i];
    const logprob = lp.token_logprobs[i];
    if (typeof text !== 'string' || typeof logprob !== 'number' || !isRecord(tops))
      throw new FusionProtocolError(`Malformed log-probabilities at position ${i}.`);
    const top: TokenCandidate[] = Object.entries(tops)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([t, l]) => ({ text: t, logprob: l }))
      .sort((a, b) => b.logprob - a.logprob);
    return { token: { text, logprob }, top };
  });
}

async function complete(
  cfg: CompletionsConfig,
  continuation: string,
  maxTokens: number,
  signal?: AbortSignal,
) {
  const n = cfg.topLogprobs ?? 8;
  const timeout = AbortSignal.timeout(cfg.timeoutMs ?? 30_000);
  const response = await (cfg.fetch ?? fetch)(`${cfg.baseURL.replace(/\/$/, '')}/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}),
    },
    body: JSON.stringify({
      model: cfg.model,
      prompt: cfg.prompt + continuation,
      max_tokens: maxTokens,
      logprobs: n,
      top_k: n,
      temperature: cfg.temperature ?? 1,
      ...(cfg.rng ? { seed: Math.floor(cfg.rng() * 2 ** 31) } : {}),
    }),
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  if (!response.ok) throw new FusionProtocolError(`The endpoint answered HTTP ${response.status}.`);
  return toSteps(readLogprobs(await response.json()));
}

export function completionsProposer(cfg: CompletionsConfig): CloudProposer {
  return {
    ...(cfg.tokenizer ? { tokenizer: cfg.tokenizer } : {}),
    propose: (continuation, k, signal) => complete(cfg, continuation, k, signal),
  };
}

export function completionsLocal(cfg: CompletionsConfig): LocalModel {
  return {
    ...(cfg.tokenizer ? { tokenizer: cfg.tokenizer } : {}),
    async distribution(continuation, signal) {
      const steps = await complete(cfg, continuation, 1, signal);
      return steps[0]?.top ?? [];
    },
  };
}
