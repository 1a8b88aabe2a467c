import { fold } from '../normalize';
import { daysAfter, daysBefore, matchesAt, monthStarts, type WordScan } from './date-scan';
import { MONTH, MONTH_ALT, ORDINAL, ORDINAL_ALT } from './month-words';
import { forEachNumericDate } from './numeric-dates';
import { digitRuns, scanText } from './text-scan';
import { amountStartingAt } from './numbers';
import type { DayReading } from './types';

/**
 * Calendar days in the forms people type them: "March 3", "3 March", "march 3rd", "Mar. 3",
 * "the 3rd of March", "3/3", "03/03", "3.3.", "2027-06-14", "14/06/2027", "June 14th, 2027",
 * "3 de marzo", "14. Juni 2027", "6月14日". A numeric form that reads both ways ("03/04") has both
 * readings; the caller compares each with the stored day.
 */
export interface DateForm {
  start: number;
  end: number;
  readings: DayReading[];
}

// Boundaries look at cased letters only: Japanese, Chinese and Thai write a date against the next
// word ("06/12に").
const B = '(?<![\\p{LC}\\p{N}])';
const E = '(?![\\p{LC}\\p{N}])';
const DAY = `(\\d{1,2})(?:st|nd|rd|th|\\.)?${E}`;
const YEAR = `(?:,?\\s{1,3}(?:de\\s+)?(\\d{4}|'\\d{2})${E})?`;
type Order = 'md' | 'dm' | 'mw' | 'wm';
const WORDY: readonly [RegExp, Order][] = [
  // "March 3", "Mar. 3rd, 2027", "June the 14th"
  [new RegExp(`${B}${MONTH_ALT}\\.?\\s{1,3}(?:the\\s+)?${DAY}${YEAR}`, 'giu'), 'md'],
  // "3 March", "3rd of March 2027", "14. Juni", "3 de marzo de 2027"
  [new RegExp(`${B}${DAY}\\s{0,3}(?:of\\s+|de\\s+)?${MONTH_ALT}${E}\\.?${YEAR}`, 'giu'), 'dm'],
  // "March third", "the twenty-first of March"
  [new RegExp(`${B}${MONTH_ALT}\\s{1,3}(?:the\\s+)?${ORDINAL_ALT}${E}${YEAR}`, 'giu'), 'mw'],
  [new RegExp(`${B}${ORDINAL_ALT}\\s{1,3}of\\s+${MONTH_ALT}${E}${YEAR}`, 'giu'), 'wm'],
];
// ISO (2027-06-14) and NUMERIC_YEAR (14/06/2027) are read by hand: numeric-dates.ts.
// Without a year only a slash ("3/3"), the German "3.3." or two two-digit parts ("09.03") read as a
// day: "3.3" and "3-3" are a decimal and a score far more often.
const NUMERIC_DAY =
  /(?<![\p{LC}\p{N}/.-])(\d{1,2})\/(\d{1,2})(?![\p{LC}\p{N}/]|[.,]\d)|(?<![\p{LC}\p{N}.,])(\d{1,2})\.(\d{1,2})\.(?!\p{N})|(?<![\p{LC}\p{N}.,])(\d{2})\.(\d{2})(?![\p{LC}\p{N}]|[.,]\d)/gu;
const CJK = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]|(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu;

// Sticky twins of the worded patterns, tried only where a match can start.
const STICKY = new Map(WORDY.map(([re]) => [re, new RegExp(re.source, 'iuy')]));

/**
 * The matches of a worded pattern, as matchAll would give them. Its month is a whole run of cased
 * letters that folds to a month name (scanWords), so "March 3" and "March third" are tried where
 * such a word starts, and "3rd of March" at the number before one; an ordinal day needs an
 * ordinal word in the text.
 */
function wordyMatches(text: string, re: RegExp, order: Order, words: WordScan): Iterable<RegExpMatchArray> {
  if ((order === 'mw' || order === 'wm') && !words.ordinal) return [];
  const sticky = STICKY.get(re);
  if (sticky && order === 'md') return matchesAt(text, daysAfter(text, words.months), sticky);
  if (sticky && order === 'mw') return matchesAt(text, monthStarts(words.months), sticky);
  if (sticky && order === 'dm') return matchesAt(text, daysBefore(text, words.months), sticky);
  return text.matchAll(re);
}

const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const valid = (month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN[month - 1] ?? 0);

function reading(month: number, day: number, year?: string): DayReading[] {
  if (!valid(month, day)) return [];
  if (!year) return [{ month, day }];
  const digits = year.replace(/\D/g, '');
  return [{ month, day, year: Number(digits), ...(digits.length === 2 ? { shortYear: true } : {}) }];
}

/** Both readings of a numeric day: day/month and month/day. */
const bothWays = (a: number, b: number, year?: string) => [...reading(b, a, year), ...reading(a, b, year)];

const dayWord = (tens: string | undefined, word: string) =>
  (tens ? (fold(tens).startsWith('thirty') ? 30 : 20) : 0) + (ORDINAL.get(fold(word)) ?? 0);

// NUMERIC_DAY starts with the first digit of a run (its lookbehinds refuse a digit before), so
// instead of trying every position it is tried, sticky, at the runs that can begin it.
const NUMERIC_DAY_AT = new RegExp(NUMERIC_DAY.source, 'uy');

const SLASH = 47;

/**
 * Whether NUMERIC_DAY is worth running at run r, one forEachNumericDate gives `day` (one or two
 * digits, then / or . and a run of one or two digits: each alternative's second \d{1,2} comes right
 * after the separator, and is followed by what no ASCII digit is, a lookahead refusing \p{N} or a
 * "."). Each \d{1,2} is then the whole run (a digit before the first fails the lookbehind, one after
 * either fails what follows it), so a match here reads as day/month and month/day with "/" and as
 * day.month with "." (readDates): a start none of whose readings `kept` keeps is left out before the
 * regex is run at it. Leaving it out lets no other start match: the only other run inside its match
 * follows a "/" or ".", which every alternative's lookbehind refuses.
 */
function dayKept(text: string, runs: Int32Array, r: number, kept: (month: number, day: number) => boolean) {
  const end = runs[r + 1] ?? 0;
  const a = runValue(text, runs[r] ?? 0, end);
  const b = runValue(text, end + 1, runs[r + 3] ?? 0);
  return kept(b, a) || (text.charCodeAt(end) === SLASH && kept(a, b));
}

/** The value of the run of ASCII digits [start, end) (as Number of its text). */
function runValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

function anyWanted(readings: readonly DayReading[], wanted: (month: number, day: number) => boolean) {
  for (const r of readings) if (wanted(r.month, r.day)) return true;
  return false;
}

/** Every calendar day written in `text` (with a reading `wanted` accepts, when it is given). */
export function readDates(text: string, wanted?: (month: number, day: number) => boolean): DateForm[] {
  const found: DateForm[] = [];
  // A caller that looks days up is given only the dates with a reading it wants (which dates are
  // read, and where, does not change: it is told of fewer).
  const add = (start: number, end: number, readings: DayReading[]) => {
    if (readings.length > 0 && (!wanted || anyWanted(readings, wanted))) found.push({ start, end, readings });
  };
  // Whether add keeps a date read as month and day: a valid day the caller wants. A numeric date is
  // told so before its readings (and its year's text) are made; add would drop the others.
  const kept = (month: number, day: number) => valid(month, day) && (!wanted || wanted(month, day));
  const runs = digitRuns(text);
  if (runs.length > 0) {
    // A run's digits as a number, and as typed (a year's).
    const at = (r: number) => runValue(text, runs[r] ?? 0, runs[r + 1] ?? 0);
    const typed = (r: number) => text.slice(runs[r] ?? 0, runs[r + 1] ?? 0);
    // Where NUMERIC_DAY may begin, found in the same pass over the runs (ascending).
    const days: number[] = [];
    forEachNumericDate(
      text,
      runs,
      // Plain consts, not [month, day] = [...]: an array and its iterator per date otherwise, in code
      // that runs unoptimised for a long while (readDates is called once per text).
      (start, end, r) => {
        const month = at(r + 2);
        const day = at(r + 4);
        if (kept(month, day)) add(start, end, reading(month, day, typed(r)));
      },
      (start, end, r) => {
        const a = at(r);
        const b = at(r + 2);
        if (kept(b, a) || kept(a, b)) add(start, end, bothWays(a, b, typed(r + 4)));
      },
      (r) => {
        if (dayKept(text, runs, r, kept)) days.push(runs[r] ?? 0);
      },
    );
    for (const m of matchesAt(text, days, NUMERIC_DAY_AT)) {
      const slash = !!m[1];
      const a = slash ? m[1] : m[3] ? m[3] : m[5];
      const b = slash ? m[2] : m[3] ? m[4] : m[6];
      const readings = slash ? bothWays(Number(a), Number(b)) : reading(Number(b), Number(a));
      if (!readings.some((r) => kept(r.month, r.day))) continue;
      // "09.03" is a day unless it is written as money ("03.03 euros"). Of the amounts, only one
      // can hold it, the one whose number starts here: no amount's sign or word holds a digit.
      if (m[5] && amountStartingAt(text, m.index)?.money) continue;
      add(m.index, m.index + m[0].length, readings);
    }
    // Every CJK date holds 月 or 월.
    if (text.includes('月') || text.includes('월'))
      for (const m of text.matchAll(CJK)) {
        const readings = m[2]
          ? reading(Number(m[2]), Number(m[3]), m[1])
          : reading(Number(m[4]), Number(m[5]));
        add(m.index, m.index + m[0].length, readings);
      }
  }
  const words = scanText(text);
  if (words.months.length === 0) return found;
  for (const [re, order] of WORDY) {
    if ((order === 'md' || order === 'dm') && runs.length === 0) continue;
    for (const m of wordyMatches(text, re, order, words)) {
      // Each order's groups, assigned one by one (no array to destructure per match).
      let monthWord = m[3];
      let year = m[4];
      if (order === 'md' || order === 'mw') monthWord = m[1];
      else if (order === 'dm') monthWord = m[2];
      if (order === 'md' || order === 'dm') year = m[3];
      const month = MONTH.get(fold(monthWord ?? ''));
      if (!month) continue;
      let day: number;
      if (order === 'md') day = Number(m[2]);
      else if (order === 'dm') day = Number(m[1]);
      else if (order === 'mw') day = dayWord(m[2], m[3] ?? '');
      else day = dayWord(m[1], m[2] ?? '');
      add(m.index ?? 0, (m.index ?? 0) + m[0].length, reading(month, day, year));
    }
  }
  return found;
}
