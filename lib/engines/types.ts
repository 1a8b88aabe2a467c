import type { AuditPurpose, AuditWriter } from '../audit/types';
import type { CloudStep } from '../fusion/driver';
import type { TokenCandidate } from '../fusion/types';

/** Defined with the fusion core that compares them; every engine produces them. */
export type { TokenCandidate };

/**
 * Model interfaces, shaped like OpenAI's chat API so that web-llm, a loopback server and any cloud
 * endpoint fit behind them (STYLE 12).
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
}

export interface DistributionRequest {
  messages: ChatMessage[];
  /** The assistant reply so far; the distribution is for the token that follows it. */
  prefix: string;
  /** How many candidates (servers cap this at 20; web-llm's processor returns up to 64). */
  topK: number;
  signal?: AbortSignal;
}

export interface ModelProgress {
  /** 0..1 */
  fraction: number;
  text: string;
}

/**
 * An on-device model. Trusted with private context. Implementations: web-llm in a worker of the engine
 * host (lib/engines/webllm/) and an OpenAI-compatible server on loopback (lib/engines/server-engine.ts).
 *
 * Contract (tests/unit/engines/engine-contract.ts checks every implementation):
 * - `chat` streams the reply's text as it is generated and ends when the reply is complete.
 * - `nextTokens` gives the top-k candidates after `prefix`, sorted by log-probability, most likely
 *   first; their probabilities sum to at most 1; the same request gives the same answer.
 * - Failures are AppErrors: 'local-*' codes, 'model-*' codes for web-llm, 'cancelled' when `signal`
 *   aborts. Aborting stops generation promptly.
 */
export interface LocalEngine {
  /** Loopback server or in-browser model: an in-browser one stays loaded between jobs (ready-engine.ts). */
  readonly kind: 'server' | 'webllm' | 'wllama';
  readonly label: string;
  /** Vocabulary family (e.g. 'qwen2.5'), when known, so logit mode can match token ids exactly. */
  readonly tokenizer?: string;
  chat(request: ChatRequest): AsyncIterable<string>;
  nextTokens(request: DistributionRequest): Promise<TokenCandidate[]>;
}

/** What the egress needs to let one request leave: who asked, the guard, and the audit log. */
export interface Outbound {
  site: string;
  purpose: AuditPurpose;
  /** How many private values the redaction withheld (shown in the audit log). */
  withheld: number;
  /** How many of each kind (PERSON, EMAIL…) were withheld, for the audit log; never the values. */
  withheldKinds?: Record<string, number>;
  /** The outbound guard: throws guard-blocked when `text` holds a private value. */
  guard: (text: string) => void;
  audit: AuditWriter;
  now: () => number;
}

/** One legacy /completions request with log-probabilities (a logit round, or Test connection). */
export interface CompletionRequest {
  prompt: string;
  maxTokens: number;
  /** Candidates per position (`logprobs`); also sent as `top_k` so the server draws from exactly them. */
  topLogprobs: number;
  temperature: number;
  seed?: number;
  signal?: AbortSignal;
}

/**
 * A cloud model. Never trusted with private context. Every request goes through lib/engines/egress.ts:
 * the guard runs on the exact body, the audit entry is written before it leaves, the reply is bounded.
 */
export interface CloudClient {
  readonly endpoint: string;
  readonly model: string;
  chat(request: ChatRequest, outbound: Outbound): AsyncIterable<string>;
  complete(request: CompletionRequest, outbound: Outbound): Promise<CloudStep[]>;
}
