import type { ContextData } from './types';

/** What importing a file would change, shown before the user chooses merge or replace. */
export interface ImportDiff {
  /** Profile fields only in the file. */
  profileAdded: string[];
  /** Profile fields in both with different values (the file's value wins on merge). */
  profileChanged: string[];
  /** Profile fields only in the current context (kept on merge, removed on replace). */
  profileOnlyCurrent: string[];
  /** Facts / samples in the file that the current context does not hold yet. */
  factsNew: number;
  factsOnlyCurrent: number;
  samplesNew: number;
  samplesOnlyCurrent: number;
}

/** Texts compared as a person would: case, spacing and surrounding blanks do not make a new entry. */
function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function countMissing(from: string[], inside: string[]): number {
  const have = new Set(inside.map(norm));
  return new Set(from.map(norm).filter((t) => !have.has(t))).size;
}

export function diffContexts(current: ContextData, incoming: ContextData): ImportDiff {
  const cur = current.profile;
  const inc = incoming.profile;
  const facts = (c: ContextData) => c.facts.map((f) => f.text);
  const samples = (c: ContextData) => c.samples.map((s) => s.text);
  return {
    profileAdded: Object.keys(inc).filter((k) => !(k in cur)),
    profileChanged: Object.keys(inc).filter((k) => k in cur && cur[k] !== inc[k]),
    profileOnlyCurrent: Object.keys(cur).filter((k) => !(k in inc)),
    factsNew: countMissing(facts(incoming), facts(current)),
    factsOnlyCurrent: countMissing(facts(current), facts(incoming)),
    samplesNew: countMissing(samples(incoming), samples(current)),
    samplesOnlyCurrent: countMissing(samples(current), samples(incoming)),
  };
}

/**
 * Merge keeps everything the user has and adds the file's entries: profile fields from the file are
 * added or overwrite the same-named field; facts and samples already present (same text, see norm)
 * are not added twice, but a repeated fact gains the file's new tags. Existing positions are kept, so
 * anchors such as fact-3 still point at the same entry.
 */
export function mergeContexts(current: ContextData, incoming: ContextData): ContextData {
  const facts = current.facts.map((f) => ({ ...f }));
  const factAt = new Map(facts.map((f, i) => [norm(f.text), i]));
  for (const fact of incoming.facts) {
    const at = factAt.get(norm(fact.text));
    const existing = at === undefined ? undefined : facts[at];
    if (existing) {
      const tags = [...new Set([...(existing.tags ?? []), ...(fact.tags ?? [])])];
      if (tags.length) existing.tags = tags;
    } else {
      factAt.set(norm(fact.text), facts.length);
      facts.push({ ...fact });
    }
  }
  const sampleTexts = new Set(current.samples.map((s) => norm(s.text)));
  const samples = [...current.samples];
  for (const sample of incoming.samples) {
    if (sampleTexts.has(norm(sample.text))) continue;
    sampleTexts.add(norm(sample.text));
    samples.push(sample);
  }
  return { version: 1, profile: { ...current.profile, ...incoming.profile }, facts, samples };
}

export function isEmptyContext(context: ContextData): boolean {
  return (
    Object.keys(context.profile).length === 0 && context.facts.length === 0 && context.samples.length === 0
  );
}
