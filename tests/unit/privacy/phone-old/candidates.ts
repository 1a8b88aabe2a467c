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
 *    "$"; a candidate opening at a digit right after "+" cannot occur (the "+" opens it).
 * The library's punctuation, brackets and "+" outside ASCII (no-break space, dashes, full-width
 * forms: constants.js) are read as their ASCII kin are: they join groups into one run and, like
 * ASCII punctuation, never hold digits, so the pieces of digits are the same; a full-width "+" opens
 * an international candidate as "+" does. Only two of their roles differ from ASCII: an extension's
 * lead (EXTENSION_LEAD below is the library's own, non-ASCII forms included) and glue before a
 * candidate (not marking one is only ever more permissive).
 * What is not modelled makes the window be read: digits or numerals outside ASCII (\p{N}),
 * characters outside the BMP, a calling code whose metadata has a transform rule or a prefix that
 * is not plain digits. So "false" here
 * means the library would find nothing in the window for that country (property-tested against
 * findPhoneNumbersInText in tests/unit/privacy/phone-candidates.test.ts).
 */
import {
  codeRules,
  countryRules,
  isCallingCode,
  type CodeRules,
  type CountryRules,
} from '../../../../lib/privacy/phone-plans';
import type { PhoneCountry } from '../../../../lib/privacy/phone-windows';

// The library's punctuation and brackets (constants.js: VALID_PUNCTUATION, brackets) outside ASCII:
// part of a run, as ASCII punctuation is (see the header).
const OTHER_PUNCTUATION =
  /^[\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F\uFF0E\xA0\xAD\u200B\u2060\u3000\uFF08\uFF09\uFF3B\uFF3D\u2053\u223C\uFF5E]$/;
/** Full-width "+" (PLUS_CHARS). */
const FULL_PLUS = 0xff0b;
/** Numerals outside ASCII (the library reads some as digits): not modelled, the window is read. */
const OTHER_NUMERAL = /\p{N}/u;
const ZERO = 48;
const NEWLINE = 10;
const NINE = 57;
/** ASCII punctuation and brackets of the library's candidate pattern (constants.js), not "+". */
const ASCII_PUNCTUATION = new Set(['-', '/', '.', ' ', '(', ')', '[', ']', '~'].map((c) => c.charCodeAt(0)));
const PLUS = 43;
/** An extension can leave digits of a group this long (its shortest cap that can is 9). */
const EXTENSION_CUT = 10;
/** The pattern's digit block: a longer group can be cut by its block limit anywhere. */
const BLOCK = 20;

// The library's extension pattern (createExtensionPattern) up to its digits: what can stand between
// a candidate's last digit and extension digits. Copied from libphonenumber-js, in its order.
const EXTENSION_LEAD = new RegExp(
  '^(?:;ext=' +
    '|[ \\xA0\\t,]*(?:e?xt(?:ensi(?:o\\u0301?|\\xF3))?n?|\\uFF45?\\uFF58\\uFF54\\uFF4E?|\\u0434\\u043E\\u0431|anexo)[:\\.\\uFF0E]?[ \\xA0\\t,-]*' +
    '|[ \\xA0\\t,]*(?:[x\\uFF58#\\uFF03~\\uFF5E]|int|\\uFF49\\uFF4E\\uFF54)[:\\.\\uFF0E]?[ \\xA0\\t,-]*' +
    '|[ \\xA0\\t]*(?:,{2}|;)[:\\.\\uFF0E]?[ \\xA0\\t,-]*' +
    '|[ \\xA0\\t]*(?:,)+[:\\.\\uFF0E]?[ \\xA0\\t,-]*)$',
  'i',
);
/** Past this many characters without a digit, assume an extension can lead in (never happens). */
const LEAD_REACH = 64;

/**
 * Whether an extension can end right before `at` in `text` (a group's first digit): only then can
 * the library's next candidate start inside that group, after the digits the extension took.
 * The extension follows a candidate's last digit, so the text since the previous digit must be one
 * of the pattern's leads; a line break or the text's start stops it.
 */
function extensionMayEndAt(text: string, at: number): boolean {
  let p = at;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (c >= ZERO && c <= NINE) break;
    if (c === NEWLINE) return false;
    if (at - p >= LEAD_REACH) return true;
    p--;
  }
  return p > 0 && EXTENSION_LEAD.test(text.slice(p, at));
}

/** ASCII Latin letters, "%" and "$": the characters isValidCandidate rejects before a candidate. */
const GLUE = /[A-Za-z%$+]/;

/**
 * Whether findPhoneNumbersInText(window, country) can find anything. False only when no candidate
 * the library could form in `window` parses to a valid number (see the header).
 */
export const mayFindIn = (window: string, country: PhoneCountry): boolean =>
  findableIn(window, [country]).length > 0;

// The current run's groups, reused across calls (no allocation per window): offsets in the run's
// digits and flags.
const MAX_GROUPS = 1 << 10;
const groupStart = new Int32Array(MAX_GROUPS);
const groupEnd = new Int32Array(MAX_GROUPS);
const groupFlags = new Uint8Array(MAX_GROUPS);
/** A candidate may start anywhere inside (extension or block cut). */
const CUT = 1;
/** No national candidate starts at its first digit (a letter, "%", "$" or "+" right before it). */
const GLUED = 2;
/** A "+" since the previous group: an international candidate may start at its first digit. */
const AFTER_PLUS = 4;

/** The countries (of `countries`, in order) for which mayFindIn holds: one scan for all of them. */
export function findableIn(window: string, countries: readonly PhoneCountry[]): PhoneCountry[] {
  const rules = countries.map(countryRules);
  // Unmodelled plans are always read.
  const may = rules.map((r) => !r.national.modelled);
  let left = 0;
  for (const m of may) if (!m) left++;
  let digits = '';
  let groups = 0;
  let groupAt = -1;
  let plus = false;
  for (let i = 0; i <= window.length && left > 0; i++) {
    const c = i < window.length ? window.charCodeAt(i) : -1;
    if (c >= ZERO && c <= NINE) {
      if (groupAt < 0) groupAt = i;
      continue;
    }
    if (groupAt >= 0) {
      // A group ends: record it.
      const length = i - groupAt;
      if (groups >= MAX_GROUPS) return [...countries];
      let flags = plus ? AFTER_PLUS : 0;
      if (length > BLOCK || (length >= EXTENSION_CUT && extensionMayEndAt(window, groupAt))) flags |= CUT;
      // isValidCandidate drops a candidate (not opening with a bracket or "+") after a Latin letter
      // or "%"/"$"; one starting at this group's first digit opens with that digit.
      if (groupAt > 0 && GLUE.test(window[groupAt - 1] ?? '')) flags |= GLUED;
      groupStart[groups] = digits.length;
      groupEnd[groups] = digits.length + length;
      groupFlags[groups] = flags;
      groups++;
      digits += window.slice(groupAt, i);
      groupAt = -1;
      plus = false;
    }
    if (c === PLUS || c === FULL_PLUS) {
      plus = true;
      continue;
    }
    if (c < 0x80) {
      if (ASCII_PUNCTUATION.has(c)) continue;
    } else {
      const ch = window[i] ?? '';
      if (OTHER_PUNCTUATION.test(ch)) continue;
      if ((c >= 0xd800 && c <= 0xdfff) || OTHER_NUMERAL.test(ch)) return [...countries];
    }
    // Any other character (or the end) ends the run: decide it for every country still open.
    if (digits.length > 0)
      for (let k = 0; k < rules.length; k++) {
        const r = rules[k];
        if (may[k] || !r || !runMayHold(digits, groups, r)) continue;
        may[k] = true;
        left--;
      }
    digits = '';
    groups = 0;
    plus = false;
  }
  return countries.filter((_, k) => may[k]);
}

const ends = new Uint8Array(1 << 12);
const nationalStarts: number[] = [];
const internationalStarts: number[] = [];

/** Whether some piece of a run's digits (its groups in the buffers above) can be a kept NSN. */
function runMayHold(digits: string, groups: number, r: CountryRules): boolean {
  const isEnd = digits.length < ends.length ? ends : new Uint8Array(digits.length + 1);
  isEnd.fill(0, 0, digits.length + 1);
  nationalStarts.length = 0;
  internationalStarts.length = 0;
  for (let g = 0; g < groups; g++) {
    const start = groupStart[g] ?? 0;
    const end = groupEnd[g] ?? 0;
    const flags = groupFlags[g] ?? 0;
    if (!(flags & GLUED)) nationalStarts.push(start);
    if (flags & AFTER_PLUS) internationalStarts.push(start);
    if (flags & CUT) for (let i = start + 1; i < end; i++) nationalStarts.push(i);
    // Only the block limit ends a candidate's digits inside a group.
    if (end - start > BLOCK) isEnd.fill(1, start + 1, end + 1);
    else isEnd[end] = 1;
  }
  return startsMayHold(digits, isEnd, nationalStarts, internationalStarts, r);
}

/**
 * Whether a valid NSN ends at a marked end (isEnd) after one of the candidate starts: national
 * starts (which may strip a national prefix, the calling code, or read an IDD) or international
 * ones (the first digit after "+"). `international` may be extended here.
 */
export function startsMayHold(
  digits: string,
  isEnd: Uint8Array,
  national: readonly number[],
  international: number[],
  r: CountryRules,
): boolean {
  const { callingCode: cc, idd, national: rules } = r;
  for (const s of national) {
    // After the IDD the number is read as international (unless a "0" follows: then as national).
    if (digits.startsWith(idd, s)) international.push(s + idd.length);
    if (piecesMayHold(digits, isEnd, s, rules)) return true;
    for (const p of rules.prefixes)
      if (digits.startsWith(p, s) && piecesMayHold(digits, isEnd, s + p.length, rules)) return true;
    if (digits.startsWith(cc, s)) {
      const after = s + cc.length;
      if (piecesMayHold(digits, isEnd, after, rules)) return true;
      for (const p of rules.prefixes)
        if (digits.startsWith(p, after) && piecesMayHold(digits, isEnd, after + p.length, rules)) return true;
    }
  }
  for (const u of international) {
    // extractCountryCallingCode: no code starts with "0"; the shortest known code of 1-3 digits.
    if (u >= digits.length || digits[u] === '0') continue;
    let code = '';
    for (let n = 1; n <= 3 && u + n <= digits.length && !code; n++)
      if (isCallingCode(digits.slice(u, u + n))) code = digits.slice(u, u + n);
    if (!code) continue;
    const there = codeRules(code);
    if (!there.modelled) return true;
    const at = u + code.length;
    if (piecesMayHold(digits, isEnd, at, there)) return true;
    for (const p of there.prefixes)
      if (digits.startsWith(p, at) && piecesMayHold(digits, isEnd, at + p.length, there)) return true;
  }
  return false;
}

/** Whether an NSN starting at `from` and ending at a marked end is valid under `rules`. */
function piecesMayHold(digits: string, isEnd: Uint8Array, from: number, rules: CodeRules): boolean {
  for (const [n, pattern] of rules.lengths) {
    const e = from + n;
    if (e > digits.length) return false;
    if (isEnd[e] === 1 && pattern.test(digits.slice(from, e))) return true;
  }
  return false;
}
