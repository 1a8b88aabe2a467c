import { isCasedPoint, isNumberPoint, pointBefore } from './chars';

/**
 * Two numeric date patterns of dates.ts read off the digit runs by hand instead of tried as regexes
 * at each run that may begin them (one per table row or log line):
 *   ISO           (?<![\p{LC}\p{N}])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{LC}\p{N}])
 *   NUMERIC_YEAR  (?<![\p{LC}\p{N}])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{LC}\p{N}])
 * Each \d{n} or \d{1,2} there is a whole run of ASCII digits: the character before it is no digit
 * (the lookbehind, or a separator), and after it comes a separator or the lookahead, which a digit
 * fails (backtracking to fewer digits leaves a digit next). So a match is three runs, each starting
 * right after the separator that ends the one before, of the lengths the pattern gives: 4, 1-2, 1-2
 * (ISO) or 1-2, 1-2, 2 or 4 (NUMERIC_YEAR). Matches are taken left to right, none starting inside
 * the one before, as matchAll takes them.
 */

const SLASH = 47;
const DOT = 46;
const isSeparator = (c: number) => c === 45 || c === SLASH || c === DOT;
// Neither a cased letter nor a number: the code point before `i`, or the one at `i`.
const openBefore = (text: string, i: number) => {
  const p = pointBefore(text, i);
  return p < 0 || !(isCasedPoint(p) || isNumberPoint(p));
};
// The text's end is open, as the undefined codePointAt gave there (a read past the end deoptimised
// forEachNumericDate, its caller, the first time a date ended a text).
const openAt = (text: string, i: number) => {
  if (i >= text.length) return true;
  const p = text.codePointAt(i) ?? 0;
  return !(isCasedPoint(p) || isNumberPoint(p));
};

type Each = (start: number, end: number, r: number) => void;

/**
 * The matches of ISO, then those of NUMERIC_YEAR, as two matchAll calls give them: `iso` and `year`
 * get each one's start and end and the index in `runs` of its first run (the runs of its three parts
 * are r, r + 2, r + 4 of [start, end, …]). One pass over the runs finds both: a first part of four
 * digits begins only an ISO date and one of one or two only a NUMERIC_YEAR one, so each run is asked
 * of one pattern at most, and each pattern's matches are taken left to right (none starting inside
 * the one before) as before. The NUMERIC_YEAR matches are kept, and given after the ISO ones.
 *
 * `day`, when given, gets in the same pass the index of each run NUMERIC_DAY (dates.ts) may begin
 * at: one or two digits, then "/" or "." and a run of one or two digits right after it.
 */
export function forEachNumericDate(
  text: string,
  runs: Int32Array,
  iso: Each,
  year: Each,
  day?: (r: number) => void,
): void {
  let isoDone = 0;
  let yearDone = 0;
  let years: number[] | undefined;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] ?? 0;
    const end = runs[r + 1] ?? 0;
    const length = end - start;
    // Most runs stop here: a first part has four digits (ISO) or one or two (NUMERIC_YEAR, a day),
    // and every pattern goes on with a run one character on.
    if ((length > 2 && length !== 4) || runs[r + 2] !== end + 1) continue;
    const separator = text.charCodeAt(end);
    const second = end + 1;
    const secondEnd = runs[r + 3] ?? 0;
    if (day && length <= 2 && secondEnd - end <= 3 && (separator === SLASH || separator === DOT)) day(r);
    if (r + 5 >= runs.length) continue;
    const isIso = length === 4;
    if (start < (isIso ? isoDone : yearDone)) continue;
    const third = runs[r + 4] ?? 0;
    const thirdEnd = runs[r + 5] ?? 0;
    if (
      !isSeparator(separator) ||
      text.charCodeAt(secondEnd) !== separator ||
      third !== secondEnd + 1 ||
      secondEnd - second > 2 ||
      !(isIso ? thirdEnd - third <= 2 : thirdEnd - third === 2 || thirdEnd - third === 4) ||
      !openBefore(text, start) ||
      !openAt(text, thirdEnd)
    )
      continue;
    if (isIso) {
      iso(start, thirdEnd, r);
      isoDone = thirdEnd;
    } else {
      (years ??= []).push(start, thirdEnd, r);
      yearDone = thirdEnd;
    }
  }
  if (years)
    for (let k = 0; k < years.length; k += 3) year(years[k] ?? 0, years[k + 1] ?? 0, years[k + 2] ?? 0);
}
