/**
 * Turns the tiny sentence (tiny-spec.ts) into the bigram plan that scripts/models/build-tiny-model.py
 * writes as weights, using the real tokenizer of the model's vocabulary.
 */
import type { LlamaModel, Token } from 'node-llama-cpp';
import { TINY_END_ALT, TINY_WORDS, type TinyModelSpec, type TinyWord } from './tiny-spec';

export interface PlanStep {
  /** The current token (absent for the start: any token not in the sentence). */
  after?: number;
  top: number;
  runnerUp: number;
  gap: number;
}

export interface TinyPlan {
  architecture: TinyModelSpec['architecture'];
  name: string;
  eos: number;
  chatTemplate?: string;
  start: PlanStep;
  steps: (PlanStep & { after: number })[];
  /** The sentence's token ids, in order (what greedy decoding yields before EOS). */
  tokens: number[];
}

const DEFAULT_GAP = 2;

function firstToken(model: LlamaModel, text: string): Token {
  const [first] = model.tokenize(text);
  if (first === undefined) throw new Error(`"${text}" has no tokens`);
  return first;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function planFor(model: LlamaModel, id: string, spec: TinyModelSpec): TinyPlan {
  // Each token with the word it belongs to, so its runner-up is that word's alternative.
  const tokens: { id: Token; word: TinyWord }[] = TINY_WORDS.flatMap((word) =>
    model.tokenize(word.text).map((token) => ({ id: token, word })),
  );
  const whole = model.tokenize(TINY_WORDS.map((w) => w.text).join(''));
  if (
    !sameIds(
      whole,
      tokens.map((t) => t.id),
    )
  )
    throw new Error(`${id}: the sentence tokenizes differently as a whole than word by word`);
  const [eos, ...rest] = model.tokenize(spec.endOfTurn, true);
  if (eos === undefined || rest.length > 0) throw new Error(`${id}: ${spec.endOfTurn} is not one token`);

  const altOf = (word: TinyWord) => spec.alts?.[word.text] ?? word.alt;
  const step = (top: Token, alt: string, gap: number | undefined): PlanStep => {
    const runnerUp = firstToken(model, alt);
    if (runnerUp === top) throw new Error(`${id}: the runner-up "${alt}" starts with the top token`);
    return { top, runnerUp, gap: gap ?? DEFAULT_GAP };
  };
  const [first] = tokens;
  if (first === undefined) throw new Error('the sentence is empty');
  const start = step(first.id, altOf(first.word), first.word.gap);
  const steps = tokens.map((token, i) => {
    const next = tokens[i + 1];
    const planned = next
      ? step(next.id, altOf(next.word), next.word.gap)
      : step(eos, TINY_END_ALT, undefined);
    return { after: token.id, ...planned };
  });
  return {
    architecture: spec.architecture,
    name: `cogenesis-tiny-${id}`,
    eos,
    ...(spec.chatTemplate ? { chatTemplate: spec.chatTemplate } : {}),
    start,
    steps,
    tokens: tokens.map((t) => t.id),
  };
}
