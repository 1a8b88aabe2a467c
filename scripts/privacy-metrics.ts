/**
 * The PUPA measures (see ../shared/data/pupa/README.md), per request, pooled over the file by the caller:
 * - leak: annotated items (lower-case) that occur in the request and are still in the outbound text;
 * - retention: the request's other words (outside every item occurrence) still in the outbound text,
 *   counted as a multiset so a repeated word must survive each time;
 * - capitalised retention: the same, for the other words that start with a capital letter.
 * Items that are upstream anonymisation tags (<PRESIDIO_ANONYMIZED_…>) are not private data and are left
 * out, with their words.
 */
export interface Counts {
  items: number;
  leaked: number;
  words: number;
  kept: number;
  capWords: number;
  capKept: number;
}

export const ZERO: Counts = { items: 0, leaked: 0, words: 0, kept: 0, capWords: 0, capKept: 0 };

const WORD = /[\p{L}\p{N}]+/gu;
const TAG = /<?PRESIDIO_ANONYMIZED_[A-Z_]+>?/g;

export function itemsOf(query: string, piiUnits: string): string[] {
  const lower = query.toLowerCase();
  return [
    ...new Set(
      piiUnits
        .split('||')
        .map((u) => u.trim().toLowerCase())
        .filter((u) => u && !u.includes('presidio') && lower.includes(u)),
    ),
  ];
}

export function measure(query: string, items: string[], outbound: string): Counts {
  const lower = query.toLowerCase();
  const outLower = outbound.toLowerCase();
  const covered = new Uint8Array(query.length);
  for (const item of items)
    for (let at = lower.indexOf(item); at !== -1; at = lower.indexOf(item, at + 1))
      covered.fill(1, at, at + item.length);
  for (const m of query.matchAll(TAG)) covered.fill(1, m.index, m.index + m[0].length);
  const available = new Map<string, number>();
  for (const m of outLower.matchAll(WORD)) available.set(m[0], (available.get(m[0]) ?? 0) + 1);
  const c = { ...ZERO, items: items.length };
  c.leaked = items.filter((item) => outLower.includes(item)).length;
  for (const m of query.matchAll(WORD)) {
    if (covered.subarray(m.index, m.index + m[0].length).some((x) => x === 1)) continue;
    const word = m[0].toLowerCase();
    const left = available.get(word) ?? 0;
    const kept = left > 0;
    if (kept) available.set(word, left - 1);
    const cap = /^\p{Lu}/u.test(m[0]);
    c.words++;
    c.capWords += cap ? 1 : 0;
    c.kept += kept ? 1 : 0;
    c.capKept += kept && cap ? 1 : 0;
  }
  return c;
}

export function add(a: Counts, b: Counts): Counts {
  return {
    items: a.items + b.items,
    leaked: a.leaked + b.leaked,
    words: a.words + b.words,
    kept: a.kept + b.kept,
    capWords: a.capWords + b.capWords,
    capKept: a.capKept + b.capKept,
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}
