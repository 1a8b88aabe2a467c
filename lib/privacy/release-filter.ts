/**
 * Cheap answers to "is this span released?" (detect.ts) for the many spans that are not, so that
 * a job where the user released a value does not tokenise every span of a dense table to compare.
 *
 * Keys: a span is released by value when releaseKey(its text), its words folded and joined by
 * spaces, is a released value's key. For a span of ASCII characters, its scan form is itself and
 * its words are its runs of letters and digits (inner apostrophes dropped, a possessive "'s"
 * dropped), lower-cased: so the key's letters and digits are the span's, lower-cased, less some
 * letters "s". Hashing those with every "s" left out gives the same number for the span and for
 * any key it could have; a span whose number no released key has is not released that way. Other
 * spans (non-ASCII) are always compared in full.
 */

/** FNV-1a over the letters and digits of `text` [from, to), lower-cased, every "s" left out; -1 if not ASCII. */
export function looseHash(text: string, from = 0, to = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return -1;
    if (code >= 65 && code <= 90) code += 32;
    const alnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!alnum || code === 115) continue;
    hash = Math.imul(hash ^ code, 16777619) >>> 0;
  }
  return hash;
}

/** The loose hash of a released key (words joined by spaces): its characters but spaces and "s". */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 32 || code === 115) continue;
    hash = Math.imul(hash ^ code, 16777619) >>> 0;
  }
  return hash;
}

/**
 * Whether some range [start, end] holds [from, to]: ranges sorted by start, with the furthest end
 * of each prefix, so a question costs a binary search, not a pass over every released occurrence.
 */
export function rangeCover(ranges: readonly [number, number][]): (from: number, to: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map(([start]) => start);
  const furthest: number[] = [];
  for (const [, end] of sorted) furthest.push(Math.max(furthest.at(-1) ?? -Infinity, end));
  return (from, to) => {
    // The ranges starting at or before `from`: the last of them is found by binary search.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] ?? -Infinity) >= to;
  };
}
