/**
 * Token-by-token generation on a node-llama-cpp sequence, with each position's raw distribution (before
 * temperature) when asked: what an OpenAI-compatible server reports as logprobs/top_logprobs.
 */
import type { ControlledEvaluateInputItem, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';

export interface Candidate {
  id: Token;
  /** The token's text (special tokens by name, e.g. <|eot_id|>). */
  text: string;
  logprob: number;
}

export interface GeneratedStep extends Candidate {
  /** The top candidates at this position, most likely first (empty when none were asked for). */
  top: Candidate[];
}

export interface GenerateOptions {
  maxTokens: number;
  /** 0: greedy. Above 0: sampled from the raw distribution sharpened or flattened by it, seeded. */
  temperature: number;
  /** Sampling draws only from the k most likely tokens (0: no limit). */
  topK: number;
  seed: number;
  /** How many candidates to report per position (0: none). */
  topLogprobs: number;
  signal: AbortSignal;
}

export type FinishReason = 'stop' | 'length';

/** mulberry32: small, seeded, good enough to draw test tokens reproducibly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The k most likely tokens, ties broken by id: llama.cpp's order among equal probabilities is its own
 * (an unstable sort), and a test server must answer the same request the same way. `probabilities` is
 * sorted, most likely first; with a hand-set model, thousands of tokens can tie at the boundary.
 */
function topOf(probabilities: Map<Token, number>, k: number): [Token, number][] {
  if (k <= 0) return [];
  const above: [Token, number][] = [];
  const tied: Token[] = [];
  let boundary: number | undefined;
  for (const [id, p] of probabilities) {
    if (boundary === undefined) {
      above.push([id, p]);
      if (above.length === k) boundary = p;
    } else if (p === boundary) {
      tied.push(id);
    } else {
      break;
    }
  }
  if (boundary === undefined) return above;
  while (above.at(-1)?.[1] === boundary) {
    const last = above.pop();
    if (last) tied.push(last[0]);
  }
  above.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  // A typed sort: a hand-set model can tie 150k tokens, and they only need ordering by id.
  const ids = Int32Array.from(tied)
    .sort()
    .subarray(0, k - above.length);
  // Token is node-llama-cpp's branded number; these ids came from its own distribution.
  for (const id of ids) above.push([id as Token, boundary]);
  return above;
}

function sample(probabilities: Map<Token, number>, options: GenerateOptions, draw: () => number): Token {
  const pool = options.topK > 0 ? topOf(probabilities, options.topK) : [...probabilities];
  const weights = pool.map(([, p]) => p ** (1 / options.temperature));
  let r = draw() * weights.reduce((sum, w) => sum + w, 0);
  for (const [i, [id]] of pool.entries()) {
    r -= weights[i] ?? 0;
    if (r <= 0) return id;
  }
  const last = pool.at(-1);
  if (!last) throw new Error('llama.cpp returned an empty distribution');
  return last[0];
}

/**
 * Continues `prompt` until an end-of-generation token, maxTokens, or the signal. Returns why it stopped
 * (an abort returns quietly; the caller knows it aborted).
 */
export async function* generate(
  model: LlamaModel,
  sequence: LlamaContextSequence,
  prompt: Token[],
  options: GenerateOptions,
): AsyncGenerator<GeneratedStep, FinishReason> {
  await sequence.clearHistory();
  const draw = seeded(options.seed);
  const needDistribution = options.temperature > 0 || options.topLogprobs > 0;
  const candidate = (id: Token, p: number): Candidate => ({
    id,
    text: model.detokenize([id], true),
    logprob: Math.log(p),
  });
  let input = prompt;
  for (let n = 0; n < options.maxTokens; n++) {
    if (options.signal.aborted) return 'stop';
    const last = input.length - 1;
    const next = needDistribution ? { probabilities: true } : { token: true, confidence: true };
    const items = input.map((token, i): ControlledEvaluateInputItem =>
      i === last ? [token, { generateNext: next }] : token,
    );
    const result = (await sequence.controlledEvaluate(items))[last]?.next;
    const probabilities = result?.probabilities;
    let id: Token;
    let p: number;
    if (probabilities) {
      const [best] = topOf(probabilities, 1);
      if (!best) throw new Error('llama.cpp returned an empty distribution');
      id = options.temperature > 0 ? sample(probabilities, options, draw) : best[0];
      p = probabilities.get(id) ?? 0;
    } else {
      if (result?.token === undefined || result.token === null) throw new Error('llama.cpp chose no token');
      id = result.token;
      p = result.confidence ?? 1;
    }
    if (model.isEogToken(id)) return 'stop';
    const top = probabilities
      ? topOf(probabilities, options.topLogprobs).map(([t, q]) => candidate(t, q))
      : [];
    yield { ...candidate(id, p), top };
    input = [id];
  }
  return 'length';
}
