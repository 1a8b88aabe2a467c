/**
 * The legacy `/v1/completions` endpoint with `logprobs` (vLLM, llama.cpp server, Ollama ≥ 0.12.11, and
 * tests/servers/table-model.ts): continuing a given prefix is what it does natively, which chat
 * endpoints do not. Requests go through the openai SDK, so failures carry typed statuses.
 *
 * The cloud side of logit mode calls it through the egress (lib/engines/cloud-client.ts); the helpers
 * at the bottom drive a loopback server directly (benchmarks and tests).
 */
import OpenAI from 'openai';
import { FusionDriverError, type CloudProposer, type CloudStep, type LocalModel } from '../fusion/driver';
import type { Rng, TokenCandidate } from '../fusion/types';
import { isRecord } from '../guards';
import { assertLoopback } from './loopback';
import { mapLocalError } from './map-openai-error';
import { noRedirectFetch } from './no-redirect';
import { MissingLogprobsError } from './reply-errors';
import type { CompletionRequest } from './types';

/** The exact body of one request; `top_k` is not in the SDK's types, which pass it through unchanged. */
export function completionBody(
  model: string,
  request: CompletionRequest,
): OpenAI.CompletionCreateParamsNonStreaming {
  const body = {
    model,
    prompt: request.prompt,
    max_tokens: request.maxTokens,
    logprobs: request.topLogprobs,
    top_k: request.topLogprobs,
    temperature: request.temperature,
    stream: false as const,
    ...(request.seed === undefined ? {} : { seed: request.seed }),
  };
  return body;
}

interface LegacyLogprobs {
  tokens: unknown[];
  token_logprobs: unknown[];
  top_logprobs: unknown[];
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
    throw new MissingLogprobsError('The endpoint returned no log-probabilities (choices[0].logprobs).');
  return { tokens: lp.tokens, token_logprobs: lp.token_logprobs, top_logprobs: lp.top_logprobs };
}

/** The reply's positions; the reply is hostile input, so every entry is checked. */
export function stepsFromCompletion(body: unknown): CloudStep[] {
  const lp = readLogprobs(body);
  return lp.tokens.map((text, i) => {
    const tops = lp.top_logprobs[i];
    const logprob = lp.token_logprobs[i];
    if (typeof text !== 'string' || typeof logprob !== 'number' || !isRecord(tops))
      throw new FusionDriverError(`Malformed log-probabilities at position ${i}.`);
    const top: TokenCandidate[] = Object.entries(tops)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([t, l]) => ({ text: t, logprob: l }))
      .sort((a, b) => b.logprob - a.logprob);
    return { token: { text, logprob }, top };
  });
}

export interface LoopbackCompletionsConfig {
  /** Base URL including /v1. */
  baseURL: string;
  model: string;
  /** Text placed before the continuation in every request. */
  prompt: string;
  apiKey?: string;
  topLogprobs?: number;
  temperature?: number;
  tokenizer?: string;
  /** Seeds each request, so a server that honours `seed` draws reproducibly. */
  rng?: Rng;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

function loopbackComplete(cfg: LoopbackCompletionsConfig) {
  // Never a way around the egress: a cloud endpoint is refused here.
  assertLoopback(cfg.baseURL);
  const client = new OpenAI({
    baseURL: cfg.baseURL,
    apiKey: cfg.apiKey || 'local',
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: cfg.timeoutMs ?? 30_000,
    fetch: noRedirectFetch(cfg.fetch),
  });
  return async (continuation: string, maxTokens: number, signal?: AbortSignal) => {
    const n = cfg.topLogprobs ?? 8;
    const request: CompletionRequest = {
      prompt: cfg.prompt + continuation,
      maxTokens,
      topLogprobs: n,
      temperature: cfg.temperature ?? 1,
      ...(cfg.rng ? { seed: Math.floor(cfg.rng() * 2 ** 31) } : {}),
    };
    try {
      const reply = await client.completions.create(completionBody(cfg.model, request), { signal });
      return stepsFromCompletion(reply);
    } catch (error) {
      if (error instanceof FusionDriverError) throw error;
      throw mapLocalError(error);
    }
  };
}

/** A loopback server as fusion's cloud side (benchmarks and tests; the extension uses the egress). */
export function completionsProposer(cfg: LoopbackCompletionsConfig): CloudProposer {
  const complete = loopbackComplete(cfg);
  return {
    ...(cfg.tokenizer ? { tokenizer: cfg.tokenizer } : {}),
    propose: (continuation, k, signal) => complete(continuation, k, signal),
  };
}

export function completionsLocal(cfg: LoopbackCompletionsConfig): LocalModel {
  const complete = loopbackComplete(cfg);
  return {
    ...(cfg.tokenizer ? { tokenizer: cfg.tokenizer } : {}),
    async distribution(continuation, signal) {
      const steps = await complete(continuation, 1, signal);
      return steps[0]?.top ?? [];
    },
  };
}
