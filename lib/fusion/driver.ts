/**
 * What the logit-mode drivers need from the outside world. Everything is injected, so the same drivers
 * run against real engines, loopback table models and in-memory tables in tests.
 *
 * Both sides are given only the *generated continuation*; each adapter prepends its own prompt (the local
 * one with the private context, the cloud one with the redacted instruction after the outbound guard).
 */
import type { AcceptRule, ProposalMode } from './accept';
import { localOnlyDist } from './fuse';
import { sampleIndex } from './logmath';
import type { FusionWeights, Rng, SideTopK, TokenCandidate, TopK } from './types';

/** One position of a cloud continuation: the token it drew and its top log-probabilities there. */
export interface CloudStep {
  token: TokenCandidate;
  top: TopK;
}

export interface CloudProposer {
  /** Tokenizer id (e.g. 'qwen2.5'); when it equals the local one, candidates are matched by id. */
  readonly tokenizer?: string;
  /**
   * Continues `continuation` (the cloud's view of it) by up to `k` tokens, drawn as `ProposalMode`
   * promises, each with its top-k. Fewer than k means the cloud stopped; none means it has nothing more.
   */
  propose(continuation: string, k: number, signal?: AbortSignal): Promise<CloudStep[]>;
}

export interface LocalModel {
  readonly tokenizer?: string;
  /** The local model's top-k next-token candidates after `continuation` (sorted, highest first). */
  distribution(continuation: string, signal?: AbortSignal): Promise<TopK>;
}

/** The cloud's view of the local continuation at its current end. */
export interface CloudView {
  /** The continuation as the cloud may see it (private values as placeholders). */
  cloudPrefix: string;
  /** True inside or right after a placeholder: the views differ, so the local side decides alone. */
  diverges: boolean;
}

export type PrivacyView = (localContinuation: string) => CloudView;

/** For runs without private values: the cloud sees exactly what the local side sees. */
export const identityView: PrivacyView = (text) => ({ cloudPrefix: text, diverges: false });

export interface DriverOptions {
  cloud: CloudProposer;
  local: LocalModel;
  weights: FusionWeights;
  rng: Rng;
  maxTokens: number;
  /** Sampling temperature of the fused distribution (and of the cloud's drawing). Default 1. */
  temperature?: number;
  privacyView?: PrivacyView;
  /** True for a token that ends the text (e.g. an end-of-text marker); it is emitted, then the run stops. */
  isEnd?: (token: string) => boolean;
  signal?: AbortSignal;
}

export interface SpeculativeOptions extends DriverOptions {
  /** Tokens per cloud call. Default 8. */
  k?: number;
  proposal?: ProposalMode;
  /** Only tests replace this (to show a wrong rule is detected). */
  accept?: AcceptRule;
}

/**
 * Where a token came from: 'cloud' = the cloud's token accepted; 'fused' = drawn from q (residual after
 * a rejection, or stepwise); 'local' = the local side alone (privacy view differs, or cloud had nothing).
 */
export interface EmittedToken {
  text: string;
  source: 'cloud' | 'fused' | 'local';
  /** The local side's weight used at this position. */
  w: number;
  /** Both sides' candidates where they were fused ('cloud' and 'fused' tokens): a training trace step. */
  sides?: { local: TopK; cloud: TopK };
}

export interface DriverStats {
  tokens: number;
  cloudCalls: number;
  localCalls: number;
  /** Cloud tokens looked at / accepted (speculative only). */
  proposed: number;
  accepted: number;
  /** Positions decided by the local side alone because the privacy view differed. */
  privateSteps: number;
}

export interface DriverResult {
  text: string;
  tokens: EmittedToken[];
  stats: DriverStats;
}

export function emptyStats(): DriverStats {
  return { tokens: 0, cloudCalls: 0, localCalls: 0, proposed: 0, accepted: 0, privateSteps: 0 };
}

/** Drains a driver's generator into its text, tokens and stats. */
export async function collect(run: AsyncGenerator<EmittedToken, DriverStats>): Promise<DriverResult> {
  const tokens: EmittedToken[] = [];
  for (;;) {
    const next = await run.next();
    if (next.done) return { text: tokens.map((t) => t.text).join(''), tokens, stats: next.value };
    tokens.push(next.value);
  }
}

/** A model broke the protocol (no candidates, a malformed answer). */
export class FusionDriverError extends Error {
  override name = 'FusionDriverError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('Aborted');
}

/** One side's candidates with its tokenizer id, as alignment wants them. */
export function sideOf(model: { readonly tokenizer?: string }, top: TopK): SideTopK {
  return { top, ...(model.tokenizer ? { tokenizer: model.tokenizer } : {}) };
}

/** Draws from the local model's candidates alone (privacy view differs, or the cloud has nothing). */
export function sampleLocal(top: TopK, temperature: number, rng: Rng): TokenCandidate {
  const pick = top[sampleIndex(localOnlyDist(top, temperature), rng)];
  if (!pick) throw new FusionDriverError('The local model returned no candidates.');
  return pick;
}
