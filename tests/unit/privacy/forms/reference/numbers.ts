// The reader as it was before it was rewritten as scans (main at 5074182), kept as the reference
// forms-fast.property.test.ts compares the fast readers with. Not used by the extension.
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

// Boundaries look at cased letters only: Chinese, Japanese and Thai write numbers against their
// words with no space ("月薪1.85万", "เงินเดือน32,000บาท").
// A digit run and its groups: "84,500.00", "84 500", "84'500". A space or apostrophe only groups
// thousands (exactly three digits follow), so "3 84" stays two numbers. Each repetition starts with
// a separator that digits cannot match, so the scan is linear. A currency written in letters may be
// glued before it ("zł14.8k").
const CORE =
  /(?<![\p{N}_]|\p{N}[.,])(?:(?<=zł|Zł|kr)|(?<!\p{LC}))\d+(?:[.,]\d+|[ '’\u00a0\u202f]\d{3}(?!\d))*/gu;

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
const MULTIPLIER =
  /^\s?(k|thousand|grand|m|mn|mil|mio|million|millions|b|bn|billion|billions|lakhs?|crores?|万|萬|億|亿|千)(?![\p{LC}\p{N}])/iu;
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

const grouped = (groups: string[], indian: boolean) =>
  groups.every((g, i) => i === 0 || g.length === 3 || (indian && g.length === 2 && i < groups.length - 1));

/** The values a digit run may mean: all separators grouping, or the last one a decimal point. */
export function readingsOf(core: string): number[] {
  const groups = core.split(/[^\d]/);
  const seps = core.match(/[^\d]/g) ?? [];
  if (seps.length === 0) return [Number(core)];
  const readings: number[] = [];
  const first = seps[0];
  if (seps.every((s) => s === first) && grouped(groups, first === ','))
    readings.push(Number(groups.join('')));
  const last = seps.at(-1) ?? '';
  const before = seps.slice(0, -1);
  if (
    (last === '.' || last === ',') &&
    before.every((s) => s !== last && s === before[0]) &&
    grouped(groups.slice(0, -1), before[0] === ',')
  )
    readings.push(Number(`${groups.slice(0, -1).join('')}.${groups.at(-1) ?? ''}`));
  return readings;
}

const hundredths = (value: number) => Math.round(value * 100);

/** Every number in `text` with its currency and multiplier, the whole amount as one range. */
export function readAmounts(text: string): AmountForm[] {
  if (!/\d/.test(text)) return [];
  const found: AmountForm[] = [];
  for (const m of text.matchAll(CORE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const readings = readingsOf(m[0]);
    if (readings.length === 0) continue;
    const prefix = PREFIX.exec(text.slice(Math.max(0, start - 5), start));
    let money = !!prefix;
    if (prefix) start -= prefix[0].length;
    let scale = 1;
    const multiplier = MULTIPLIER.exec(text.slice(end, end + 12));
    if (multiplier) {
      scale = SCALE[(multiplier[1] ?? '').toLowerCase()] ?? 1;
      end += multiplier[0].length;
      money = true;
    } else if (/^\p{LC}/u.test(text.slice(end, end + 1)) && !SUFFIX.test(text.slice(end, end + 10))) {
      continue; // "3rd", "10mg", "4x4": a number glued to a word is not an amount
    }
    const suffix = SUFFIX.exec(text.slice(end, end + 10));
    if (suffix) {
      end += suffix[0].length;
      money = true;
    }
    const values = readings.map((r) => hundredths(r * scale));
    found.push({
      start,
      end,
      values,
      money,
      specific: money || Math.max(...values) >= 100_000,
    });
  }
  return found;
}
