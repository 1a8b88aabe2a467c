/**
 * Typed forms of numeric values, produced by transforming the stored value: money (separators, k/m,
 * currency signs and codes, 万), dates (every common order and style, with and without the year) and
 * phone numbers (regrouped, with and without the country code or trunk prefix).
 */
import type { PersonaLang } from './own-context-personas';

// ---------- money ----------

interface Currency {
  code: string;
  signs: string[];
  /** Written after the number in the persona's own script (円, 元, บาท); empty when not used. */
  suffix: string;
}

// Tried in order: "R$" before "$".
const CURRENCIES: [RegExp, Currency][] = [
  [/R\$|BRL/, { code: 'BRL', signs: ['R$'], suffix: '' }],
  [/\$|USD/, { code: 'USD', signs: ['$', 'US$'], suffix: '' }],
  [/£|GBP/, { code: 'GBP', signs: ['£'], suffix: '' }],
  [/₦|NGN/, { code: 'NGN', signs: ['₦', 'N'], suffix: '' }],
  [/PLN|zł/, { code: 'PLN', signs: ['zł'], suffix: '' }],
  [/円|JPY/, { code: 'JPY', signs: ['¥', '￥'], suffix: '円' }],
  [/元|RMB|CNY/, { code: 'CNY', signs: ['¥', 'RMB '], suffix: '元' }],
  [/บาท|฿|THB/, { code: 'THB', signs: ['฿'], suffix: 'บาท' }],
];

/** The amount of a stored money value: a separator before exactly three digits groups thousands. */
export function parseMoney(value: string): { amount: number; currency: Currency } {
  const currency = CURRENCIES.find(([pattern]) => pattern.test(value))?.[1];
  const number = value.match(/\d(?:[\d,. ]*\d)?/)?.[0];
  if (!currency || !number) throw new Error('not a money value');
  const grouped = number.replace(/[,. ](?=\d{3}(?:\D|$))/g, '');
  let amount = Number(grouped.replace(',', '.'));
  if (/万/.test(value.slice(value.indexOf(number) + number.length))) amount *= 10_000;
  return { amount, currency };
}

export function group(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A short decimal: 71300/1000 → "71.3"; undefined when it would round the amount. */
function scaled(n: number, unit: number, comma = false): string | undefined {
  const x = n / unit;
  if (x < 1 || Math.abs(Math.round(x * 100) - x * 100) > 1e-6) return undefined;
  const s = String(Number(x.toFixed(2)));
  return comma ? s.replace('.', ',') : s;
}

export function moneyForms(value: string, lang: PersonaLang): string[] {
  const { amount, currency } = parseMoney(value);
  const numbers = [group(amount, ','), group(amount, ' '), group(amount, '.'), String(amount)];
  const k = scaled(amount, 1000);
  if (k && amount < 1_000_000) numbers.push(`${k}k`, `${k}K`, `${k} k`, `${scaled(amount, 1000, true)}k`);
  const m = scaled(amount, 1_000_000);
  if (m) numbers.push(`${m}m`, `${m}M`, `${m} million`, `${m}mn`);
  const forms = new Set<string>();
  for (const n of numbers) {
    forms.add(n);
    for (const sign of currency.signs) forms.add(`${sign}${n}`);
    forms.add(`${currency.signs[0]} ${n}`);
    forms.add(`${currency.code} ${n}`);
    forms.add(`${n} ${currency.code}`);
    if (currency.suffix) forms.add(`${n}${currency.suffix}`);
  }
  if (lang === 'ja' || lang === 'zh') {
    const man = scaled(amount, 10_000);
    if (man) forms.add(`${man}万`).add(`${man}万${currency.suffix}`);
  }
  if (lang === 'th' && amount % 1000 === 0) forms.add(`${amount / 1000} พันบาท`);
  return [...forms];
}

// ---------- dates ----------

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface DateParts {
  year?: number;
  month: number;
  day: number;
}

const monthOf = (name: string): number =>
  MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** The stored forms the personas use: ISO, d/m/y, 年月日, "12th April 1985", "September 21, 1988". */
export function parseDate(value: string): DateParts {
  let m = value.match(/(\d{4})-(\d{2})-(\d{2})/);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = value.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (m) return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  m = value.match(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/);
  if (m) return { year: m[1] ? Number(m[1]) : undefined, month: Number(m[2]), day: Number(m[3]) };
  m = value.match(/(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)(?:\s+(\d{4}))?/);
  if (m?.[2] && monthOf(m[2]))
    return { year: m[3] ? Number(m[3]) : undefined, month: monthOf(m[2]), day: Number(m[1]) };
  m = value.match(/([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/);
  if (m?.[1] && monthOf(m[1]))
    return { year: m[3] ? Number(m[3]) : undefined, month: monthOf(m[1]), day: Number(m[2]) };
  throw new Error('not a date value');
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const monthName = (month: number): string => MONTHS[month - 1] ?? '';

export function dateForms({ year, month, day }: DateParts, lang: PersonaLang): string[] {
  const M = monthName(month);
  const mon = M.slice(0, 3);
  const lower = M.toLowerCase();
  const d = String(day);
  const m = String(month);
  const dd = d.padStart(2, '0');
  const mm = m.padStart(2, '0');
  const th = ordinal(day);
  const forms = [
    `${M} ${d}`,
    `${d} ${M}`,
    `${lower} ${th}`,
    `${mon} ${d}`,
    `${mon}. ${d}`,
    `${d} ${mon}`,
    `${th} of ${M}`,
    `the ${th} of ${lower}`,
    `${M} ${th}`,
    `${th} ${M}`,
    `${M.toUpperCase()} ${d}`,
    `${d}/${m}`,
    `${m}/${d}`,
    `${dd}/${mm}`,
    `${mm}/${dd}`,
    `${d}.${m}.`,
    `${dd}.${mm}`,
  ];
  if (year !== undefined) {
    const y = String(year);
    forms.push(
      `${M} ${d}, ${y}`,
      `${d} ${M} ${y}`,
      `${th} ${M} ${y}`,
      `${mon} ${d} ${y}`,
      `${lower} ${th}, ${y}`,
      `${y}-${mm}-${dd}`,
      `${y}/${mm}/${dd}`,
      `${dd}/${mm}/${y}`,
      `${mm}/${dd}/${y}`,
      `${d}/${m}/${y}`,
      `${m}/${d}/${y}`,
      `${d}.${m}.${y}`,
      `${dd}.${mm}.${y}`,
      `${dd}-${mm}-${y}`,
      `${d}/${m}/${y.slice(2)}`,
    );
  }
  if (lang === 'ja' || lang === 'zh') {
    forms.push(`${m}月${d}日`);
    if (lang === 'zh') forms.push(`${m}月${d}号`);
    if (year !== undefined) forms.push(`${year}年${m}月${d}日`, `${year}年${mm}月${dd}日`);
  }
  return [...new Set(forms)];
}

// ---------- phones ----------

/** Country codes whose national numbers are dialled with a leading 0 (telephony plans, not our data). */
const TRUNK_ZERO = new Set(['44', '81', '234', '66', '91', '49', '33', '61', '27', '62', '63']);

/** Ways a national number is grouped when written: group sizes, the rest in the last group. */
const GROUPINGS: number[][] = [[3, 3], [3, 4], [4, 3], [2, 4], [5], [2, 3, 3], []];
const SEPARATORS = [' ', '-', '.', ''];

function regroup(digits: string, sizes: number[], sep: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at + size >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  parts.push(digits.slice(at));
  return parts.join(sep);
}

/** "+44 7700 900412": the country code is the group after "+". */
export function phoneForms(value: string): string[] {
  const m = value.match(/^\+(\d{1,3})\s+(.*)$/);
  if (!m?.[1] || !m[2]) throw new Error('phone values are stored with their country code');
  const cc = m[1];
  const national = m[2].replace(/\D/g, '');
  const trunk = TRUNK_ZERO.has(cc) ? '0' : '';
  const forms = new Set<string>([value, `+${cc}${national}`, `00${cc}${national}`]);
  // The grouping the user stored, written nationally.
  const stored = m[2].split(/\D+/).filter(Boolean);
  for (const sep of SEPARATORS) forms.add(`${trunk}${stored.join(sep)}`);
  if (trunk) forms.add(`+${cc} (0)${stored.join(' ')}`);
  for (const sizes of GROUPINGS)
    for (const sep of SEPARATORS) {
      const body = regroup(national, sizes, sep);
      forms.add(`+${cc} ${body}`);
      forms.add(`${trunk}${regroup(national, sizes, sep)}`);
      if (trunk) forms.add(`+${cc} (0)${body}`);
      forms.add(`+${cc}-${body}`);
    }
  const [a = '', b = '', c = ''] = [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  forms.add(`(${trunk}${a}) ${b}-${c}`);
  forms.add(`(+${cc}) ${a} ${b} ${c}`);
  return [...forms].filter((f) => f.replace(/\D/g, '').length >= 7);
}
