import { expect } from 'vitest';

interface Find {
  start: number;
  end: number;
}

/** Whether f lies inside g and is not g. */
const inside = (f: Find, g: Find): boolean =>
  g.start <= f.start && f.end <= g.end && (g.start < f.start || f.end < g.end);

/**
 * findPhones' contract against a reference that reads every country in full (the library, or the
 * scan it replaced): its finds are the reference's (in the reference's order, if `ordered`), less
 * finds that lie inside another of its finds. A country's read takes a whole candidate another
 * country found without parsing it (phone-matcher.ts, findInText's foundBefore), so what that
 * country would have found inside it instead is not listed; redaction withholds the outer find, and
 * so all of it.
 */
export function expectFindsOf(
  text: string,
  found: readonly Find[],
  reference: readonly Find[],
  ordered = true,
): void {
  const key = (f: Find) => `${f.start}:${f.end}`;
  const mine = new Set(found.map(key));
  const dropped = reference.filter((f) => !mine.has(key(f)));
  const kept = reference.filter((f) => mine.has(key(f))).map(key);
  const listed = found.map(key);
  if (!ordered) for (const keys of [kept, listed]) keys.sort();
  expect([text, listed]).toEqual([text, kept]);
  expect([text, uncovered(found, dropped).map(key)]).toEqual([text, []]);
}

/** The finds of `reference` that `found` neither lists nor holds a find around. */
export function uncovered(found: readonly Find[], reference: readonly Find[]): Find[] {
  const listed = new Set(found.map((f) => `${f.start}:${f.end}`));
  return reference.filter((f) => !listed.has(`${f.start}:${f.end}`) && !found.some((g) => inside(f, g)));
}
