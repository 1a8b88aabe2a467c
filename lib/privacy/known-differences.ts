/**
 * Where two texts of the same length are known to differ, noted by the code that made one from the
 * other, so that a reader comparing them (token-align.ts) can go to those places instead of reading
 * every character. The review's mask of the outbound text as written is made from the guard's mask of
 * its scan text, changed back at the scan's changes (mask-placeholders.ts: maskFromScan): the two
 * differ at those places and nowhere else. One pair is kept, the last noted.
 */
let noted: { text: string; base: string; at: readonly number[] } | undefined;

/** Notes that `text` and `base` (the same length) differ at most at the ascending offsets `at`. */
export function noteDifferences(text: string, base: string, at: readonly number[]): void {
  noted = { text, base, at };
}

/** The offsets at which `text` and `base` may differ, if noted; otherwise undefined. */
export function knownDifferences(text: string, base: string): readonly number[] | undefined {
  return noted !== undefined && noted.text === text && noted.base === base ? noted.at : undefined;
}
