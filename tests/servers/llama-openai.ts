/**
 * The OpenAI wire format of the llama.cpp test server: request parsing (a bad field is a 400 with a
 * sentence, as OpenAI answers) and the response bodies for chat (whole or streamed) and legacy
 * completions, log-probabilities included.
 */
import type { PromptMessage } from './llama-prompt';
import type { Candidate, FinishReason, GeneratedStep } from './llama-generate';

export class RequestError extends Error {
  override name = 'RequestError';
}

/** llama.cpp's server allows more than OpenAI's 20; web-llm's processor asks for up to 64. */
const MAX_TOP_LOGPROBS = 100;

interface Sampling {
  model: string | undefined;
  stream: boolean;
  maxTokens: number | undefined;
  /** Greedy unless asked: a test server must answer the same request the same way. */
  temperature: number;
  topK: number;
  seed: number;
}

export interface ChatRequestBody extends Sampling {
  messages: PromptMessage[];
  topLogprobs: number;
  logprobs: boolean;
}

export interface CompletionRequestBody extends Sampling {
  prompt: string;
  /** Legacy `logprobs`: how many candidates per position; undefined for none. */
  logprobs: number | undefined;
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new RequestError('The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

function count(
  body: Record<string, unknown>,
  key: string,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max)
    throw new RequestError(`"${key}" must be a whole number from 0 to ${max}.`);
  return value;
}

function sampling(body: Record<string, unknown>): Sampling {
  const temperature = body.temperature ?? 0;
  if (typeof temperature !== 'number' || !(temperature >= 0 && temperature <= 2))
    throw new RequestError('"temperature" must be a number from 0 to 2.');
  if ((body.n ?? 1) !== 1) throw new RequestError('Only "n": 1 is supported.');
  return {
    model: typeof body.model === 'string' ? body.model : undefined,
    stream: body.stream === true,
    maxTokens: count(body, 'max_completion_tokens') ?? count(body, 'max_tokens'),
    temperature,
    topK: count(body, 'top_k') ?? 0,
    seed: count(body, 'seed', 2 ** 32 - 1) ?? 0,
  };
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((part: unknown) => {
        const p = record(part);
        if (p.type !== 'text' || typeof p.text !== 'string')
          throw new RequestError('Only text content parts are supported.');
        return p.text;
      })
      .join('');
  throw new RequestError('Each message needs a text "content".');
}

export function parseChat(value: unknown): ChatRequestBody {
  const body = record(value);
  if (!Array.isArray(body.messages)) throw new RequestError('"messages" must be a list.');
  const messages = body.messages.map((m: unknown) => {
    const message = record(m);
    if (typeof message.role !== 'string') throw new RequestError('Each message needs a "role".');
    return { role: message.role, content: textOf(message.content) };
  });
  const logprobs = body.logprobs === true;
  const topLogprobs = count(body, 'top_logprobs', MAX_TOP_LOGPROBS) ?? 0;
  if (topLogprobs > 0 && !logprobs) throw new RequestError('"top_logprobs" needs "logprobs": true.');
  return { ...sampling(body), messages, logprobs, topLogprobs };
}

export function parseCompletion(value: unknown): CompletionRequestBody {
  const body = record(value);
  if (typeof body.prompt !== 'string') throw new RequestError('"prompt" must be a string.');
  const parsed = sampling(body);
  if (parsed.stream) throw new RequestError('This server does not stream /v1/completions.');
  return {
    ...parsed,
    maxTokens: parsed.maxTokens ?? 16,
    prompt: body.prompt,
    logprobs: count(body, 'logprobs', MAX_TOP_LOGPROBS),
  };
}

export function errorBody(message: string, type: string, code: string | null = null) {
  return { error: { message, type, code, param: null } };
}

function entry(candidate: Candidate) {
  return {
    token: candidate.text,
    logprob: candidate.logprob,
    bytes: [...Buffer.from(candidate.text, 'utf8')],
  };
}

/** One position of chat `logprobs.content`. */
export function chatLogprob(step: GeneratedStep) {
  return { ...entry(step), top_logprobs: step.top.map(entry) };
}

export interface Usage {
  prompt: number;
  completion: number;
}

function usage(u: Usage) {
  return { prompt_tokens: u.prompt, completion_tokens: u.completion, total_tokens: u.prompt + u.completion };
}

const now = () => Math.floor(Date.now() / 1000);

export function chatCompletion(
  id: string,
  model: string,
  text: string,
  steps: GeneratedStep[] | null,
  finish: FinishReason,
  u: Usage,
) {
  return {
    id,
    object: 'chat.completion',
    created: now(),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text },
        logprobs: steps ? { content: steps.map(chatLogprob) } : null,
        finish_reason: finish,
      },
    ],
    usage: usage(u),
  };
}

export function chatChunk(
  id: string,
  model: string,
  delta: { role?: 'assistant'; content?: string },
  step: GeneratedStep | null,
  finish: FinishReason | null,
) {
  return {
    id,
    object: 'chat.completion.chunk',
    created: now(),
    model,
    choices: [
      { index: 0, delta, logprobs: step ? { content: [chatLogprob(step)] } : null, finish_reason: finish },
    ],
  };
}

/** A legacy completion; `steps` carry the candidates when `logprobs` was asked for. */
export function textCompletion(
  id: string,
  model: string,
  prompt: string,
  text: string,
  steps: GeneratedStep[],
  withLogprobs: boolean,
  finish: FinishReason,
  u: Usage,
) {
  let offset = prompt.length;
  const offsets = steps.map((s) => {
    const at = offset;
    offset += s.text.length;
    return at;
  });
  return {
    id,
    object: 'text_completion',
    created: now(),
    model,
    choices: [
      {
        index: 0,
        text,
        logprobs: withLogprobs
          ? {
              tokens: steps.map((s) => s.text),
              token_logprobs: steps.map((s) => s.logprob),
              top_logprobs: steps.map((s) => Object.fromEntries(s.top.map((c) => [c.text, c.logprob]))),
              text_offset: offsets,
            }
          : null,
        finish_reason: finish,
      },
    ],
    usage: usage(u),
  };
}
