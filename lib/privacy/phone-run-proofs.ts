/**
 * The proofs phone-candidates.ts' findableMask asks of each run of a window: the countries for which
 * some piece of the run's digits can be a kept national significant number (its header says why that
 * is sound), from the run's groups laid out in the flat buffers below (findableMask writes them, one
 * run at a time, and these read them). runMayHold lets a number start at any group and end at any
 * later one; plainRunMayHold, for a run the library reads as one candidate with one kind of
 * separator, only at the pieces it can parse there.
 */
import { extensionMayEndAt } from './phone-margins';
import type { CountryRules } from './phone-plans';
import { internationalMayHold, startsIn } from './phone-starts';

/** The pattern's digit block: a longer group can be cut by its block limit anywhere. */
export const BLOCK = 20;

// The current run's groups, reused across calls (no allocation per window): offsets in the run's
// digits and flags.
export const MAX_GROUPS = 1 << 10;
export const groupStart = new Int32Array(MAX_GROUPS);
export const groupEnd = new Int32Array(MAX_GROUPS);
export const groupFlags = new Uint8Array(MAX_GROUPS);
/** The group's first offset in the text: a run's digit string is built from these at its end. */
export const groupAtText = new Int32Array(MAX_GROUPS);
/** A candidate may start anywhere inside (extension or block cut). */
export const CUT = 1;
/** No national candidate starts at its first digit (a letter, "%", "$" or "+" right before it). */
export const GLUED = 2;
/** A "+" since the previous group: an international candidate may start at its first digit. */
export const AFTER_PLUS = 4;

/** The pattern's blocks: a longer run of groups is more than one candidate. */
const MAX_BLOCKS = 21;

/**
 * Whether the current run (its groups in the buffers above), plain by its characters, is read by the
 * library as one candidate that nothing before it cut into: at most MAX_BLOCKS groups, none cut (no
 * group over the 20-digit block, none entered after an extension's lead), and no extension of an
 * earlier candidate can end right before its first group (it would take that group, and the next
 * candidate would start at the second).
 */
export function isPlainRun(text: string, from: number, groups: number, plain: boolean): boolean {
  if (!plain || groups > MAX_BLOCKS) return false;
  for (let g = 0; g < groups; g++) if ((groupFlags[g] ?? 0) & CUT) return false;
  return !extensionMayEndAt(text, from, groupAtText[0] ?? 0);
}

/**
 * runMayHold for a plain run: the pieces the library can parse there are fewer. Its one candidate is
 * the whole run (and an extension after it, cut off before parsing); of what the inner matches cut
 * from it (phone-matcher.ts, INNER_MATCHES), with one kind of separator, the text before the first
 * separator is the first group, and each piece after a run of spaces or of dots is one group (after
 * hyphens there is none: the dash expressions want a space or a long dash). So a number can start at
 * the first group (nationally unless glued, internationally after "+") and end where the first or
 * the last group ends, or be one later group alone. If none of those may be valid, the candidate and
 * its inner matches all fail, and the library's scan goes on after the whole run: nothing is found.
 * runMayHold let every group start a number ending at any later group: on a list of card numbers or
 * of "+1" numbers that are not valid, some such piece nearly always might have been.
 */
export function plainRunMayHold(
  digits: string,
  groups: number,
  open: number,
  rules: readonly CountryRules[],
): number {
  const isEnd = clearedEnds(digits.length);
  const firstEnd = groupEnd[0] ?? 0;
  const lastEnd = groupEnd[groups - 1] ?? 0;
  const firstFlags = groupFlags[0] ?? 0;
  const national = firstFlags & GLUED ? 0 : 1;
  // The start after a "+" is read alike for every country: asked once, and if a number may start
  // there, every open country may find it (a list of "+1" numbers asked it once per country).
  if (firstFlags & AFTER_PLUS) {
    isEnd[firstEnd] = 1;
    isEnd[lastEnd] = 1;
    const may = internationalMayHold(digits, isEnd, 0);
    isEnd[firstEnd] = 0;
    isEnd[lastEnd] = 0;
    if (may) return openOf(open, rules);
  }
  let found = 0;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k];
    if (!(open & (1 << k)) || !r) continue;
    isEnd[firstEnd] = 1;
    isEnd[lastEnd] = 1;
    nationalStarts[0] = 0;
    // The national start, and what an IDD at it opens (startsIn adds those starts).
    let may = startsIn(digits, isEnd, nationalStarts, national, internationalStarts, 0, r);
    isEnd[firstEnd] = 0;
    isEnd[lastEnd] = 0;
    for (let g = 1; g < groups && !may; g++) {
      const end = groupEnd[g] ?? 0;
      isEnd[end] = 1;
      nationalStarts[0] = groupStart[g] ?? 0;
      may = startsIn(digits, isEnd, nationalStarts, 1, internationalStarts, 0, r);
      isEnd[end] = 0;
    }
    if (may) found |= 1 << k;
  }
  return found;
}

const ends = new Uint8Array(1 << 12);
/** Where a run of `length` digits may end a number, all unmarked: the shared buffer when it is long
 * enough. A loop, not fill(): a run's digits are a few dozen, less than the builtin call's own cost. */
function clearedEnds(length: number): Uint8Array {
  const isEnd = length < ends.length ? ends : new Uint8Array(length + 1);
  for (let i = 0; i <= length; i++) isEnd[i] = 0;
  return isEnd;
}
// Candidate starts of the current run (offsets in its digits), reused across calls.
let nationalStarts = new Int32Array(1 << 10);
let internationalStarts = new Int32Array(1 << 10);

/**
 * The countries of `open` (a mask over `rules`) for which some piece of a run's digits (its groups in
 * the buffers above) can be a kept NSN. Its ends and starts are laid out once for all of them.
 */
export function runMayHold(
  digits: string,
  groups: number,
  open: number,
  rules: readonly CountryRules[],
): number {
  const isEnd = clearedEnds(digits.length);
  // At most every digit starts a national candidate; international ones are at most one per group,
  // plus one per national start (after an IDD: startsIn adds those past `international`, per call).
  if (nationalStarts.length < digits.length + 1) nationalStarts = new Int32Array(digits.length * 2 + 2);
  if (internationalStarts.length < digits.length + groups + 1)
    internationalStarts = new Int32Array((digits.length + groups) * 2 + 2);
  let national = 0;
  let international = 0;
  for (let g = 0; g < groups; g++) {
    const start = groupStart[g] ?? 0;
    const end = groupEnd[g] ?? 0;
    const flags = groupFlags[g] ?? 0;
    if (!(flags & GLUED)) nationalStarts[national++] = start;
    if (flags & AFTER_PLUS) internationalStarts[international++] = start;
    if (flags & CUT) for (let i = start + 1; i < end; i++) nationalStarts[national++] = i;
    // Only the block limit ends a candidate's digits inside a group.
    if (end - start > BLOCK) isEnd.fill(1, start + 1, end + 1);
    else isEnd[end] = 1;
  }
  // Starts after a "+" are read alike for every country: asked once (plainRunMayHold says why).
  for (let k = 0; k < international; k++)
    if (internationalMayHold(digits, isEnd, internationalStarts[k] ?? 0)) return openOf(open, rules);
  let found = 0;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k];
    // The national starts, and what an IDD at one opens (startsIn writes those starts from index 0).
    if (open & (1 << k) && r && startsIn(digits, isEnd, nationalStarts, national, internationalStarts, 0, r))
      found |= 1 << k;
  }
  return found;
}

/** The countries of `open` that `rules` has: what every proof gives when a start after "+" may hold. */
function openOf(open: number, rules: readonly CountryRules[]): number {
  let found = 0;
  for (let k = 0; k < rules.length; k++) if (open & (1 << k) && rules[k]) found |= 1 << k;
  return found;
}
