/**
 * Whether libphonenumber-js can find any number in a window for one default country, decided
 * without parsing: most windows on a pasted table or log (card-like groups, dates, amounts, ids)
 * hold nothing, and the library spends 20-200 µs on each candidate it parses there.
 * A number the library keeps has a national significant number (NSN) valid in a country of its
 * calling code (phone-plans.ts). Its digits are a contiguous piece of one run's ASCII digits (a
 * run: a maximal stretch of the library's digits, punctuation, brackets and "+"; its candidate
 * pattern never crosses one, and an extension it takes across runs is stripped before parsing):
 *  - the piece ends where a group of digits ends: a candidate's digits end there or where an
 *    extension starts (at a non-digit), and inner matches cut at separators; only the pattern's
 *    block limit (20 digits) can end one inside a longer group;
 *  - it starts at a candidate's first digit plus what parsing strips: for a national candidate,
 *    nothing, a national prefix, the calling code, or the calling code and a national prefix; after
 *    "+" or the default country's IDD, the shortest known calling code, then maybe a national prefix
 *    of that code's plan;
 *  - a candidate starts where a group starts, except after an extension or the block limit cut a
 *    group: an extension takes at most 20 digits and all of a group of up to 9 (its shortest cap
 *    that can leave digits is 9), so only a group of 10 or more digits right after an extension's
 *    lead (label, commas, ...) or of over 20 digits can be entered in the middle;
 *  - isValidCandidate drops a candidate that opens with a digit right after a Latin letter, "%" or
 *    "$"; a candidate opening at a digit right after "+" cannot occur (the "+" opens it);
 *  - in a plain run (groups apart by one kind of separator, read as one candidate), a number can only
 *    be the whole run, its first group, or one later group alone (phone-run-proofs.ts,
 *    plainRunMayHold).
 * The library's punctuation, brackets and "+" outside ASCII (no-break space, dashes, full-width
 * forms: constants.js) are read as their ASCII kin are: they join groups into one run and, like
 * ASCII punctuation, never hold digits, so the pieces of digits are the same; a full-width "+" opens
 * an international candidate as "+" does. Only two of their roles differ from ASCII: an extension's
 * lead (EXTENSION_LEAD in phone-margins.ts is the library's own, non-ASCII forms included) and glue
 * before a candidate (not marking one is only ever more permissive).
 * What is not modelled makes the window be read: digits or numerals outside ASCII (\p{N}),
 * characters outside the BMP, a calling code whose metadata has a transform rule or a prefix that
 * is not plain digits. So "false" here
 * means the library would find nothing in the window for that country (property-tested against
 * findPhoneNumbersInText in tests/unit/privacy/phone-candidates.test.ts).
 */
import { extensionMayEndAt } from './phone-margins';
import { MASK_COUNTRIES, maskRules, type CountryRules } from './phone-plans';
import {
  AFTER_PLUS,
  BLOCK,
  CUT,
  GLUED,
  groupAtText,
  groupEnd,
  groupFlags,
  groupStart,
  isPlainRun,
  MAX_GROUPS,
  plainRunMayHold,
  runMayHold,
} from './phone-run-proofs';
import type { PhoneCountry } from './phone-windows';

// phone-matcher.ts asks the same question of one candidate's digits.
export { AT_0, NONE, startsMayHold } from './phone-starts';

// The library's punctuation and brackets (constants.js: VALID_PUNCTUATION, brackets) outside ASCII:
// part of a run, as ASCII punctuation is (see the header).
const OTHER_PUNCTUATION =
  /^[\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F\uFF0E\xA0\xAD\u200B\u2060\u3000\uFF08\uFF09\uFF3B\uFF3D\u2053\u223C\uFF5E]$/;
/** Full-width "+" (PLUS_CHARS). */
const FULL_PLUS = 0xff0b;
/** Numerals outside ASCII (the library reads some as digits): not modelled, the window is read. */
const OTHER_NUMERAL = /\p{N}/u;
/** Classes of a UTF-16 unit outside ASCII (0: not worked out yet), cached: a regular expression
 * test per such character was most of a window's scan on prose outside ASCII. */
const UNIT_PUNCTUATION = 1;
/** A surrogate or a numeral: not modelled. */
const UNIT_UNMODELLED = 2;
const UNIT_OTHER = 3;
const UNIT_CLASS = new Uint8Array(0x10000);
function unitClass(c: number): number {
  let k = UNIT_CLASS[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (OTHER_PUNCTUATION.test(ch)) k = UNIT_PUNCTUATION;
    else if ((c >= 0xd800 && c <= 0xdfff) || OTHER_NUMERAL.test(ch)) k = UNIT_UNMODELLED;
    else k = UNIT_OTHER;
    UNIT_CLASS[c] = k;
  }
  return k;
}
const ZERO = 48;
const NINE = 57;
/** ASCII punctuation and brackets of the library's candidate pattern (constants.js), not "+". */
const ASCII_PUNCTUATION = new Uint8Array(0x80);
for (const c of '-/. ()[]~') ASCII_PUNCTUATION[c.charCodeAt(0)] = 1;
const PLUS = 43;
const SPACE = 0x20;
const DOT = 0x2e;
const HYPHEN = 0x2d;
/** An extension can leave digits of a group this long (its shortest cap that can is 9). */
const EXTENSION_CUT = 10;

/** ASCII Latin letters, "%", "$" and "+": the characters isValidCandidate rejects before a candidate. */
const isGlue = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x25 || c === 0x24 || c === PLUS;

/**
 * Whether findPhoneNumbersInText(window, country) can find anything. False only when no candidate
 * the library could form in `window` parses to a valid number (see the header).
 */
export const mayFindIn = (window: string, country: PhoneCountry): boolean =>
  findableIn(window, [country]).length > 0;

/** The countries (of `countries`, in order) for which mayFindIn holds: one scan for all of them. */
export function findableIn(window: string, countries: readonly PhoneCountry[]): PhoneCountry[] {
  let asked = 0;
  for (const c of countries) asked |= 1 << MASK_COUNTRIES.indexOf(c);
  const may = findableMask(window, 0, window.length, asked);
  return countries.filter((c) => may & (1 << MASK_COUNTRIES.indexOf(c)));
}

/**
 * mayFindIn for the window text[from, to) and each country of `asked` (a mask over MASK_COUNTRIES):
 * the mask of those for which it holds, in one scan and without slicing the window.
 */
export function findableMask(text: string, from: number, to: number, asked: number): number {
  const rules = maskRules();
  // Unmodelled plans are always read.
  let may = 0;
  let open = 0;
  for (let k = 0; k < rules.length; k++) {
    const bit = 1 << k;
    if (asked & bit) {
      if (rules[k]?.national.modelled) open |= bit;
      else may |= bit;
    }
  }
  // Bounds for the countries open at the start (fewer open later only makes them looser).
  const bounds = boundsOf(rules);
  const need = bounds[open * 3] ?? 0;
  const nationalNeed = bounds[open * 3 + 1] ?? 0;
  const iddHeads = bounds[open * 3 + 2] ?? 0;
  let digitCount = 0;
  let groups = 0;
  let groupAt = -1;
  let plus = false;
  let anyPlus = false;
  // Whether the run is plain (plainRunMayHold): spaces, then at most one "+", then groups of digits
  // apart by one to four of one separator (a space, a dot or a hyphen). `separator` is that one (0:
  // none met yet), `between` how many stand since the last group.
  let plain = true;
  let separator = 0;
  let between = 0;
  let leadPlus = false;
  for (let i = from; i <= to && open !== 0; i++) {
    const c = i < to ? text.charCodeAt(i) : -1;
    if (c >= ZERO && c <= NINE) {
      if (groupAt < 0) {
        groupAt = i;
        // The pattern's punctuation between two blocks is four characters at most.
        if (groups > 0 && between > 4) plain = false;
        between = 0;
      }
      continue;
    }
    if (groupAt >= 0) {
      // A group ends: record it.
      const length = i - groupAt;
      if (groups >= MAX_GROUPS) return asked;
      let flags = plus ? AFTER_PLUS : 0;
      if (length > BLOCK || (length >= EXTENSION_CUT && extensionMayEndAt(text, from, groupAt))) flags |= CUT;
      // isValidCandidate drops a candidate (not opening with a bracket or "+") after a Latin letter
      // or "%"/"$"; one starting at this group's first digit opens with that digit.
      if (groupAt > from && isGlue(text.charCodeAt(groupAt - 1))) flags |= GLUED;
      groupStart[groups] = digitCount;
      groupEnd[groups] = digitCount + length;
      groupFlags[groups] = flags;
      groupAtText[groups] = groupAt;
      groups++;
      digitCount += length;
      anyPlus ||= plus;
      groupAt = -1;
      plus = false;
    }
    if (c === PLUS || c === FULL_PLUS) {
      if (groups > 0 || leadPlus || c === FULL_PLUS) plain = false;
      leadPlus = true;
      plus = true;
      continue;
    }
    if (c < 0x80) {
      if (c >= 0 && ASCII_PUNCTUATION[c] === 1) {
        if (groups === 0) {
          if (c !== SPACE) plain = false;
        } else {
          if (separator === 0 && (c === SPACE || c === DOT || c === HYPHEN)) separator = c;
          else if (c !== separator) plain = false;
          between++;
        }
        continue;
      }
    } else {
      const k = unitClass(c);
      if (k === UNIT_PUNCTUATION) {
        plain = false;
        continue;
      }
      if (k === UNIT_UNMODELLED) return asked;
    }
    // Any other character (or the end) ends the run: decide it for every country still open.
    // A run with too few digits for any open country holds nothing (boundsOf), nor does one
    // too short for a national number none of whose national starts opens an IDD
    // (boundsOf); the digit string is built only for the others (most runs in a window's
    // margins are short: times, status codes, amounts).
    if (
      digitCount > 0 &&
      (anyPlus || digitCount >= nationalNeed || (digitCount >= need && mayOpenIdd(text, groups, iddHeads)))
    ) {
      let digits = '';
      for (let g = 0; g < groups; g++) {
        const at = groupAtText[g] ?? 0;
        digits += text.slice(at, at + (groupEnd[g] ?? 0) - (groupStart[g] ?? 0));
      }
      const found = isPlainRun(text, from, groups, plain)
        ? plainRunMayHold(digits, groups, open, rules)
        : runMayHold(digits, groups, open, rules);
      may |= found;
      open &= ~found;
    }
    digitCount = 0;
    groups = 0;
    plus = false;
    anyPlus = false;
    plain = true;
    separator = 0;
    between = 0;
    leadPlus = false;
  }
  return may;
}

/**
 * Per mask of open countries, three bounds (FAR: none), worked out once. Without "+", startsIn
 * holds through a valid NSN (at least the shortest length of an open country, from a national
 * start, maybe after a prefix or the calling code) or, after the IDD read at a national start,
 * through a calling code's first digit (an unmodelled code holds there). So a run needs
 * min(shortest NSN, IDD + 1) digits (`need`), and one with fewer than the shortest NSN (`national`)
 * needs a national start whose digit opens an open country's IDD (`iddHeads`, a bit per digit;
 * all for an empty IDD). After a "+" one digit can do: no bound then.
 */
const FAR = 1 << 30;
let bounds: Int32Array | undefined;
function boundsOf(rules: readonly CountryRules[]): Int32Array {
  if (bounds) return bounds;
  const b = new Int32Array(3 << rules.length);
  for (let open = 0; open < 1 << rules.length; open++) {
    let [need, national, heads] = [FAR, FAR, 0];
    rules.forEach((r, k) => {
      if (!(open & (1 << k))) return;
      national = Math.min(national, r.national.lengths[0]?.[0] ?? FAR);
      need = Math.min(need, national, r.idd.length + 1);
      heads |= r.idd.length === 0 ? 0x3ff : 1 << (r.idd.charCodeAt(0) - ZERO);
    });
    b.set([need, national, heads], open * 3);
  }
  return (bounds = b);
}

/** Whether a national start of the current run (a group's first digit unless glued, or any digit
 * of a cut group) is a digit of `heads`. */
function mayOpenIdd(text: string, groups: number, heads: number): boolean {
  for (let g = 0; g < groups; g++) {
    const flags = groupFlags[g] ?? 0;
    if (flags & CUT) return true;
    if (!(flags & GLUED) && (heads >> (text.charCodeAt(groupAtText[g] ?? 0) - ZERO)) & 1) return true;
  }
  return false;
}
