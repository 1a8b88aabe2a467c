import { ORDINARY } from '../detectors/codes';

/**
 * Codes and identifiers (plates, member and policy numbers, booking references) compared in compact
 * form: letters and digits only, upper case. "YK21 XRV", "yk21xrv" and "yk-21 xrv" are one code.
 */
export const compactCode = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();

/** A compact form that can be a code: letters and digits both, long enough not to be a unit or a model. */
export const isCodeLike = (compact: string): boolean =>
  compact.length >= 4 && /\p{L}/u.test(compact) && /\d/.test(compact) && !ORDINARY.test(compact);

const GROUP = /[\p{L}\p{N}]+/gu;
/** Groups typed as one code are joined by at most this much: a space, a hyphen, a dot, a slash. */
const JOIN = /^[\s\-./_]{1,2}$/;
const MAX_GROUPS = 6;

/** Codes of a stored text: a word mixing letters and digits, with groups hyphenated to it ("KA-40417"). */
export function readStoredCodes(text: string): string[] {
  const codes: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu)) {
    const compact = compactCode(m[0]);
    if (isCodeLike(compact)) codes.push(compact);
    // Capital groups spaced like a plate or a postcode ("YK21 XRV", "SW1A 1AA") are one code too.
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Z0-9]{2,5}(?: [A-Z0-9]{2,5}){1,3}(?![\p{L}\p{N}])/gu)) {
    const compact = compactCode(m[0]);
    if (isCodeLike(compact)) codes.push(compact);
  }
  return codes;
}

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
      compact += group[0].toUpperCase();
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
