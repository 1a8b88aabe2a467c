import { isDigitAt, isDigitCode } from './chars';
import {
  COMMA,
  coreEnd,
  coreMayStart,
  DOT,
  forEachCore,
  mayEndPrefix,
  mayScale,
  MULTIPLIER,
  mayStartWord,
  startsCased,
} from './number-scan';

/**
 * Numbers and amounts of money in the forms people type them: "84,500", "84 500", "84500",
 * "84.5k", "$84,500.00", "USD 84,500", "84.500 €", "1,2 Mio", "8,45,000". A reading is the value
 * (in hundredths); a typed number that could be read two ways ("84.500") has both readings.
 */
export interface AmountForm {
  start: number;
  end: number;
  /** Every plausible value, in hundredths. The first is the reading English text intends. */
  values: number[];
  /** Written as money: a currency sign, code or word, or a k/m/bn multiplier. */
  money: boolean;
  /** Money, or 1,000 or more: specific enough to be the user's value and not a count. */
  specific: boolean;
}

const SIGN = '[$€£¥￥₹₩₽₺₪₫₱₦₴฿₣₵₡₲₸₭¢元円圆]';
const CODE =
  'usd|eur|gbp|jpy|inr|cad|aud|chf|cny|rmb|nzd|sek|nok|dkk|pln|brl|mxn|zar|sgd|hkd|krw|rub|try|ils|aed|sar|ngn|kes|php|thb|idr|myr|vnd|pkr|egp|czk|huf|ron';
const WORD =
  'บาท|块|塊|руб(?:лей|ля)?|dollars?|bucks|euros?|pounds?|quid|rupees?|yen|yuan|francs?|kronor|kroner|kronur|zlot(?:y|ys|ych)|reais|reals?|pesos?|rand|won|lira|liras|shekels?|dirhams?|baht|ringgit|naira';
// Signs written as letters ("zł", "kr") go before the number too ("zł14.8k"), after no other letter.
const PREFIX = new RegExp(
  `(?:(?:us|a|c|nz|hk|s|r)?\\$|${SIGN}|\\b(?:${CODE}|rs\\.?)\\b|(?<!\\p{L})(?:zł|kr))\\s?$`,
  'iu',
);
const SUFFIX = new RegExp(`^\\s?(?:${SIGN}|(?:${CODE}|${WORD}|zł|kr|rs)(?![\\p{LC}\\p{N}]))`, 'iu');

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

/** Every group after the first has three digits; Indian grouping allows two before the last. */
function grouped(lengths: readonly number[], count: number, indian: boolean): boolean {
  for (let i = 1; i < count; i++) {
    const n = lengths[i];
    if (n !== 3 && !(indian && n === 2 && i < count - 1)) return false;
  }
  return true;
}

/**
 * The values a digit run may mean: all separators grouping, or the last one a decimal point. Any
 * character but an ASCII digit separates. Written as one pass over the characters (no split, no
 * regex): it runs for every number of every text.
 */
export function readingsOf(core: string): number[] {
  let seps: number[] | undefined;
  let lengths: number[] | undefined;
  let run = 0;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (isDigitCode(c)) run++;
    else {
      (seps ??= []).push(c);
      (lengths ??= []).push(run);
      run = 0;
    }
  }
  if (!seps || !lengths) return [Number(core)];
  lengths.push(run);
  const digits = core.replace(/\D/g, '');
  const readings: number[] = [];
  const n = seps.length;
  const first = seps[0];
  const last = seps[n - 1];
  let same = true;
  let before = true;
  for (let i = 0; i < n; i++) {
    if (seps[i] !== first) same = false;
    if (i < n - 1 && (seps[i] === last || seps[i] !== first)) before = false;
  }
  if (same && grouped(lengths, n + 1, first === COMMA)) readings.push(Number(digits));
  if ((last === DOT || last === COMMA) && before && grouped(lengths, n, n > 1 && first === COMMA)) {
    const fraction = lengths[n] ?? 0;
    const whole = digits.length - fraction;
    readings.push(Number(`${digits.slice(0, whole)}.${digits.slice(whole)}`));
  }
  return readings;
}

/** A value in hundredths, the amounts table's key. */
export const hundredths = (value: number): number => Math.round(value * 100);

/** Every scale a multiplier gives, and none: the values a reading can become. */
export const SCALES: readonly number[] = [1, ...new Set(Object.values(SCALE))];

/**
 * Whether the caller wants a number: given one of its readings (`exact`) or a whole part one may
 * have, and whether a multiplier may follow to scale it.
 */
export interface Wanted {
  (reading: number, scaled: boolean, exact: boolean): boolean;
  /**
   * When set: the fewest characters a number wanted unscaled has, the digits of the least whole
   * part wanted (10^n - 1 reaches it first at n = plainDigits).
   */
  plainDigits?: number;
}

function anyWanted(readings: readonly number[], wanted: Wanted, scaled: boolean): boolean {
  for (const r of readings) if (wanted(r, scaled, true)) return true;
  return false;
}

/**
 * A cheap first look for `wanted`, without reading the number into strings: every whole part its
 * readings (readingsOf) can have. All separators grouping, the value is all its digits; the last
 * one a decimal point, the reading "A.B" lies in [A, A + 1], so its whole part is A or A + 1. Exact
 * below 10^15 digits' worth; anything longer is left to the full reading (true).
 */
function mayWant(text: string, start: number, end: number, wanted: Wanted, scaled: boolean): boolean {
  if (end - start > 15) return true;
  let all = 0;
  let beforeLast = -1;
  let lastSep = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) all = all * 10 + (c - 48);
    else {
      beforeLast = all;
      lastSep = c;
    }
  }
  // Without a separator the value is its one reading, exactly.
  if (wanted(all, scaled, beforeLast < 0)) return true;
  if (beforeLast < 0 || (lastSep !== DOT && lastSep !== COMMA)) return false;
  return wanted(beforeLast, scaled, false) || wanted(beforeLast + 1, scaled, false);
}

/** Every number in `text` with its currency and multiplier, the whole amount as one range. */
export function readAmounts(text: string, wanted?: Wanted): AmountForm[] {
  const found: AmountForm[] = [];
  // amountOf turns the numbers shorter than plainDigits away unless a multiplier may follow: most
  // are told by forEachCore, before they are asked where they start.
  forEachCore(
    text,
    (start, end) => {
      const amount = amountOf(text, start, end, wanted);
      if (amount) found.push(amount);
    },
    wanted?.plainDigits ?? 0,
  );
  return found;
}

/**
 * The amount readAmounts reads whose number starts at `start`, if any. An earlier number can run on
 * over `start` only through a separator right before it that follows a digit; only then are the
 * numbers before read to find out.
 */
export function amountStartingAt(text: string, start: number): AmountForm | undefined {
  if (!isDigitAt(text, start) || isDigitAt(text, start - 1)) return undefined;
  if (isDigitAt(text, start - 2)) {
    let found: AmountForm | undefined;
    forEachCore(text, (s, e) => {
      if (s === start) found = amountOf(text, s, e, undefined);
    });
    return found;
  }
  return coreMayStart(text, start) ? amountOf(text, start, coreEnd(text, start), undefined) : undefined;
}

/** The amount around the number at [coreStart, coreEnd), or none: a number glued to a word. */
function amountOf(text: string, coreStart: number, coreEnd: number, wanted: Wanted | undefined) {
  let start = coreStart;
  let end = coreEnd;
  const wordAfter = mayStartWord(text, end);
  // The caller looks values up: a number none of whose readings it wants is not worth reading on.
  // Without a multiplier after it (MULTIPLIER below), nothing scales it.
  const scaled = wanted !== undefined && wordAfter && mayScale(text, end);
  const shortest = wanted?.plainDigits ?? 0;
  // Unscaled, no reading of a number of n characters reaches 10^n (its digits are n at most; a
  // decimal reading's whole part, or one more, stays below too): shorter than the least wanted whole
  // part, it is not read on (most numbers of a text, against stored amounts of five digits or more).
  if (!scaled && end - start < shortest) return undefined;
  if (wanted && !mayWant(text, start, end, wanted, scaled)) return undefined;
  const readings = readingsOf(text.slice(start, end));
  if (readings.length === 0 || (wanted && !anyWanted(readings, wanted, scaled))) return undefined;
  const prefix = mayEndPrefix(text, start) ? PREFIX.exec(text.slice(Math.max(0, start - 5), start)) : null;
  let money = !!prefix;
  if (prefix) start -= prefix[0].length;
  let scale = 1;
  const multiplier = wordAfter ? MULTIPLIER.exec(text.slice(end, end + 12)) : null;
  if (multiplier) {
    scale = SCALE[(multiplier[1] ?? '').toLowerCase()] ?? 1;
    end += multiplier[0].length;
    money = true;
  } else if (startsCased(text, end) && !SUFFIX.test(text.slice(end, end + 10))) {
    return undefined; // "3rd", "10mg", "4x4": a number glued to a word is not an amount
  }
  const suffix = mayStartWord(text, end) ? SUFFIX.exec(text.slice(end, end + 10)) : null;
  if (suffix) {
    end += suffix[0].length;
    money = true;
  }
  // A loop, not readings.map with an arrow: an arrow reading `scale` would have every call of
  // amountOf, most of which return early, allocate a context for it.
  const values: number[] = [];
  for (const r of readings) values.push(hundredths(r * scale));
  return { start, end, values, money, specific: money || Math.max(...values) >= 100_000 };
}
