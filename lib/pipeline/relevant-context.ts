import type { ContextData } from '../context/types';
import { fold } from '../privacy/normalize';

export interface RelevantContext {
  profile: [string, string][];
  facts: string[];
  samples: string[];
}

const MAX_FACTS = 12;
const MAX_SAMPLE_CHARS = 800;
const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'from',
  'about',
  'have',
  'your',
  'you',
  'are',
  'was',
  'will',
  'into',
  'our',
]);

function words(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/**
 * What the local model is given: the whole profile (small), the facts that share words with the
 * instruction (most first), and one writing sample for style. Stays on the device.
 */
export function relevantContext(context: ContextData, instruction: string): RelevantContext {
  const asked = words(instruction);
  const scored = context.facts
    .map((fact, index) => {
      let score = 0;
      for (const word of words(`${fact.text} ${(fact.tags ?? []).join(' ')}`)) if (asked.has(word)) score++;
      return { text: fact.text, score, index };
    })
    .filter((fact) => fact.score > 0 || context.facts.length <= MAX_FACTS)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_FACTS);
  const sample = context.samples[0]?.text.slice(0, MAX_SAMPLE_CHARS);
  return {
    profile: Object.entries(context.profile).filter(([, value]) => value.trim() !== ''),
    facts: scored.map((fact) => fact.text),
    samples: sample ? [sample] : [],
  };
}
