/**
 * Whether a valid national significant number (NSN) can be cut from a run's digits, given where
 * candidates can start and end in them (phone-candidates.ts works those out per run of a window,
 * phone-matcher.ts per candidate): national starts may strip a national prefix, the calling code,
 * or read an IDD; international ones (after "+" or an IDD) the shortest known calling code, then
 * maybe a national prefix of that code's plan; the NSN must end at a marked end and be valid
 * under the rules of phone-plans.ts (see phone-candidates.ts's header for why this is sound).
 */
import { codeRulesAt, type CodeRules, type CountryRules } from './phone-plans';

const ZERO = 0x30;

let scratchNational = new Int32Array(16);
/** Start lists phone-matcher.ts passes per candidate (its first digit, or none): shared, not two new
 * arrays per candidate (startsMayHold copies them and never writes to them). */
export const AT_0: readonly number[] = [0];
export const NONE: readonly number[] = [];
let scratchInternational = new Int32Array(32);

/**
 * Whether a valid NSN ends at a marked end (isEnd) after one of the candidate starts: national
 * starts (which may strip a national prefix, the calling code, or read an IDD) or international
 * ones (the first digit after "+"); starts after an IDD are added to a copy of `international`.
 */
export function startsMayHold(
  digits: string,
  isEnd: Uint8Array,
  national: readonly number[],
  international: readonly number[],
  r: CountryRules,
): boolean {
  // Copied into scratch arrays (phone-matcher.ts calls this per candidate: no allocation).
  if (scratchNational.length < national.length) scratchNational = new Int32Array(national.length * 2);
  const room = international.length + national.length;
  if (scratchInternational.length < room) scratchInternational = new Int32Array(room * 2);
  for (let k = 0; k < national.length; k++) scratchNational[k] = national[k] ?? 0;
  for (let k = 0; k < international.length; k++) scratchInternational[k] = international[k] ?? 0;
  return startsIn(
    digits,
    isEnd,
    scratchNational,
    national.length,
    scratchInternational,
    international.length,
    r,
  );
}

/** startsMayHold on typed arrays: national[0, nationalCount) and international[0, internationalCount),
 * with room in `international` for one more start per national one. */
export function startsIn(
  digits: string,
  isEnd: Uint8Array,
  national: Int32Array,
  nationalCount: number,
  international: Int32Array,
  internationalCount: number,
  r: CountryRules,
): boolean {
  const { callingCode: cc, idd, national: rules } = r;
  const prefixes = rules.prefixes;
  let u = internationalCount;
  for (let k = 0; k < nationalCount; k++) {
    const s = national[k] ?? 0;
    // After the IDD the number is read as international (unless a "0" follows: then as national).
    if (startsWithAt(digits, idd, s)) international[u++] = s + idd.length;
    if (piecesMayHold(digits, isEnd, s, rules)) return true;
    for (let j = 0; j < prefixes.length; j++) {
      const p = prefixes[j] ?? '';
      if (startsWithAt(digits, p, s) && piecesMayHold(digits, isEnd, s + p.length, rules)) return true;
    }
    if (startsWithAt(digits, cc, s)) {
      const after = s + cc.length;
      if (piecesMayHold(digits, isEnd, after, rules)) return true;
      for (let j = 0; j < prefixes.length; j++) {
        const p = prefixes[j] ?? '';
        if (startsWithAt(digits, p, after) && piecesMayHold(digits, isEnd, after + p.length, rules))
          return true;
      }
    }
  }
  for (let k = 0; k < u; k++) if (internationalMayHold(digits, isEnd, international[k] ?? 0)) return true;
  return false;
}

/**
 * Whether a valid NSN ends at a marked end after the international start `at0` (the first digit
 * after "+" or an IDD): a calling code, then maybe one of its prefixes. No default country's rules
 * enter, so a run's starts after "+" are asked once for all countries (phone-run-proofs.ts).
 */
export function internationalMayHold(digits: string, isEnd: Uint8Array, at0: number): boolean {
  // extractCountryCallingCode: no code starts with "0"; the shortest known code of 1-3 digits.
  if (at0 >= digits.length || digits.charCodeAt(at0) === ZERO) return false;
  // Digits are ASCII here (both callers): the code's value is read from char codes, no slice.
  let there: CodeRules | null = null;
  let n = 1;
  for (let value = 0; n <= 3 && at0 + n <= digits.length; n++) {
    value = value * 10 + digits.charCodeAt(at0 + n - 1) - ZERO;
    there = codeRulesAt(n, value);
    if (there) break;
  }
  if (!there) return false;
  if (!there.modelled) return true;
  const at = at0 + n;
  if (piecesMayHold(digits, isEnd, at, there)) return true;
  const codePrefixes = there.prefixes;
  for (let j = 0; j < codePrefixes.length; j++) {
    const p = codePrefixes[j] ?? '';
    if (startsWithAt(digits, p, at) && piecesMayHold(digits, isEnd, at + p.length, there)) return true;
  }
  return false;
}

/** digits.startsWith(prefix, at), by char codes: startsWith is a builtin call per test, and the
 * run's digit string is a concatenation that it reads through (a third of startsIn's own time). */
function startsWithAt(digits: string, prefix: string, at: number): boolean {
  if (prefix.length === 0) return true;
  if (at + prefix.length > digits.length) return false;
  for (let j = 0; j < prefix.length; j++)
    if (digits.charCodeAt(at + j) !== prefix.charCodeAt(j)) return false;
  return true;
}

/** Whether an NSN starting at `from` and ending at a marked end is valid under `rules`. */
function piecesMayHold(digits: string, isEnd: Uint8Array, from: number, rules: CodeRules): boolean {
  // Indexed, not destructured in a for-of: this runs for every start of every run a window holds.
  const lengths = rules.lengths;
  for (let k = 0; k < lengths.length; k++) {
    const entry = lengths[k];
    if (!entry) continue;
    const e = from + entry[0];
    if (e > digits.length) return false;
    if (isEnd[e] === 1 && entry[1].test(digits.slice(from, e))) return true;
  }
  return false;
}
