/**
 * Shapes shared by the fusion core. Everything here is vocabulary-independent: a candidate is known by
 * its text, and by its id only when both sides declare the same tokenizer.
 */

/** One next-token candidate with its log-probability under the model that proposed it. */
export interface TokenCandidate {
  text: string;
  /** Natural-log probability under the model's full distribution (not renormalised over the top-k). */
  logprob: number;
  /** Token id; only meaningful together with a tokenizer id declared by the same side. */
  id?: number;
}

/** One step's top-k candidates, sorted by logprob, highest first. */
export type TopK = readonly TokenCandidate[];

/** A side's view of one step: its candidates and, when known, which tokenizer produced their ids. */
export interface SideTopK {
  top: TopK;
  tokenizer?: string;
}

/** One entry of the support both sides' candidates were aligned onto. */
export interface AlignedEntry {
  /** `id:N` when matched by token id, `text:…` when matched by text. */
  key: string;
  text: string;
  id?: number;
  /** Log-probability under each side; a floor where that side did not list the candidate. */
  local: number;
  cloud: number;
  inLocal: boolean;
  inCloud: boolean;
}

export interface AlignedSupport {
  entries: AlignedEntry[];
  matchedBy: 'id' | 'text';
  localFloor: number;
  cloudFloor: number;
}

/** Vocabulary-independent summary of one step, the fusion model's input (see features.ts). */
export type FeatureVector = readonly number[];

/** A tiny MLP: features → tanh hidden layer → sigmoid → w, the local side's weight. */
export interface FusionWeights {
  version: 1;
  /** Names of the features, in order; checked against features.ts so stale weights are refused. */
  features: string[];
  /** hidden × features */
  w1: number[][];
  b1: number[];
  /** hidden */
  w2: number[];
  b2: number;
}

/** Probability distribution over an aligned support, as plain numbers that sum to 1. */
export type Dist = readonly number[];

/** A uniform [0, 1) source; injected so that runs and tests are reproducible. */
export type Rng = () => number;
