// The reader as it was before it was rewritten as scans (main at 5074182), kept as the reference
// forms-fast.property.test.ts compares the fast readers with. Not used by the extension.
import { ORDINARY } from '../../../../../lib/privacy/detectors/codes';

/**
 * Codes and identifiers (plates, member and policy numbers, booking references, ID numbers) compared
 * in compact form: letters and digits only, upper case. "YK21 XRV", "yk21xrv" and "yk-21 xrv" are
 * one code, as are "川A7K3M9" and "川a 7k 3m 9".
 */
export const compactCode = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();

/**
 * A compact form that can be a code: letters and digits both and not a unit or a model ("10mg",
 * "mp3"), or a long run of digits (national ID numbers), which no amount or phone number reaches.
 */
export const isCodeLike = (compact: string): boolean =>
  (compact.length >= 4 && /\p{L}/u.test(compact) && /\d/.test(compact) && !ORDINARY.test(compact)) ||
  /^\d{16,}$/.test(compact);

// A word of cased letters and digits, with hyphen-, slash- or dot-joined groups ("KA-40417").
const WORD = /[\p{LC}\p{N}]+(?:[-/.][\p{LC}\p{N}]+)*/gu;
// Capital groups spaced like a plate or a postcode ("YK21 XRV", "SW1A 1AA").
const SPACED = /(?<![\p{L}\p{N}])[A-Z0-9]{2,5}(?: [A-Z0-9]{2,5}){1,3}(?![\p{L}\p{N}])/gu;
// A short prefix of capitals or of an uncased script before a long number ("KA 40417", "ทค 640215");
// five digits or more, so that no year makes a code of the word before it.
const PREFIXED = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,3}|\p{Lo}{1,3})[\s-]?\d{5,}(?!\p{N})/gu;
const UNCASED = /\p{Lo}/u;

/** Codes of a stored text, compact. */
export function readStoredCodes(text: string): string[] {
  const codes: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const compact = compactCode(m[0]);
    if (!isCodeLike(compact)) continue;
    codes.push(compact);
    // In a script without spaces the code may begin with the characters before it ("车牌川A7K3M9"):
    // keep the versions with one and two of them, and let the typed text decide.
    const before = [...text.slice(Math.max(0, m.index - 4), m.index)];
    for (let n = 1; n <= 2 && n <= before.length && before.slice(-n).every((ch) => UNCASED.test(ch)); n++)
      codes.push(compactCode(before.slice(-n).join('') + m[0]));
  }
  for (const re of [SPACED, PREFIXED])
    for (const m of text.matchAll(re)) {
      const compact = compactCode(m[0]);
      if (isCodeLike(compact)) codes.push(compact);
    }
  return codes;
}

// A typed group: a run of cased letters, digits and marks, or one character of a script without spaces.
const GROUP = /[\p{LC}\p{N}\p{M}]+|\p{Lo}/gu;
/** Groups typed as one code are joined by at most this much: a space, a hyphen, a dot, a slash. */
const JOIN = /^[\s\-./_]{0,2}$/;
const MAX_GROUPS = 10;

/** Typed runs of groups that spell a stored code; the longest from each start, left to right. */
export function matchCodes(
  text: string,
  codes: { has(compact: string): boolean; hasPrefix(compact: string): boolean },
): { start: number; end: number; compact: string }[] {
  if (!/\d/.test(text)) return [];
  const groups = [...text.matchAll(GROUP)];
  const hits = [];
  for (let i = 0; i < groups.length; i++) {
    let compact = '';
    let best: { start: number; end: number; compact: string } | undefined;
    for (let j = i; j < groups.length && j < i + MAX_GROUPS; j++) {
      const group = groups[j];
      const previous = groups[j - 1];
      if (
        !group ||
        (j > i && previous && !JOIN.test(text.slice(previous.index + previous[0].length, group.index)))
      )
        break;
      compact += compactCode(group[0]);
      if (!codes.hasPrefix(compact)) break;
      if (codes.has(compact))
        best = { start: groups[i]?.index ?? 0, end: group.index + group[0].length, compact };
    }
    if (best) {
      hits.push(best);
      while (i + 1 < groups.length && (groups[i + 1]?.index ?? 0) < best.end) i++;
    }
  }
  return hits;
}
