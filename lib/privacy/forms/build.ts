import type { ContextData } from '../../context/types';
import { EMAIL } from '../detectors/email';
import { scanFormOf } from '../evasion';
import type { PiiKind } from '../types';
import { compactCode, isCodeLike, readStoredCodes } from './codes';
import { readDates } from './dates';
import { readAmounts, SCALES } from './numbers';
import { readPhoneRuns, TAIL } from './phones';
import type { FormEntry, FormsIndex, StoredPhone } from './types';

// Every stored code holds one (see the code loop below).
const ASCII_DIGIT = /[0-9]/;
// What a profile field holds, from its name, where its value alone would not say.
const MONEY_KEY = /salary|income|wage|pay|rent|mortgage|price|budget|cost|debt|loan|savings|bonus|fee/i;
const PHONE_KEY = /phone|mobile|tel|cell|fax|whatsapp/i;
const CODE_KEY =
  /\bid\b|_id|number|\bno\b|code|plate|registration|licen[cs]e|passport|account|member|policy|reference|\bref\b|vin|post ?code|zip|booking|order|ticket/i;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
// A bare four-digit year is a date's business (and far too common to withhold as a number).
const isYear = (raw: string, value: number) => /^\d{4}$/.test(raw) && value >= 190000 && value < 210000;

class Builder {
  readonly amounts = new Map<number, FormEntry[]>();
  readonly dates = new Map<string, (FormEntry & { year?: number })[]>();
  readonly phones = new Map<string, StoredPhone[]>();
  readonly emails = new Map<string, FormEntry>();
  readonly codes = new Map<string, FormEntry>();
  readonly codePrefixes = new Set<string>();

  /** Reads every typed-form value of one stored text. `key` is the profile field's name, if any. */
  add(raw: string, source: string, key = ''): void {
    const text = scanFormOf(raw.trim());
    if (text.length < 2) return;
    const dates = readDates(text);
    for (const date of dates)
      for (const r of date.readings)
        push(this.dates, `${r.month}-${r.day}`, {
          kind: 'DATE',
          source,
          ...(r.year ? { year: r.year } : {}),
        });
    const emails = [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (const m of text.matchAll(EMAIL))
      if (!this.emails.has(m[0].toLowerCase()))
        this.emails.set(m[0].toLowerCase(), { kind: 'EMAIL', source });
    const phones = readPhoneRuns(text).filter(
      (run) => !dates.some((d) => overlaps(d, run)) && run.digits.length <= 15,
    );
    for (const run of phones) {
      const phoneLike =
        PHONE_KEY.test(key) ||
        /^[+(]/.test(text.slice(run.start)) ||
        /\d[\s().\-/]+\d.*\d[\s().\-/]+\d/.test(text.slice(run.start, run.end));
      const kind: PiiKind = phoneLike ? 'PHONE' : 'NUMBER';
      push(this.phones, run.digits.slice(-TAIL), { kind, source, digits: run.digits });
    }
    const money = MONEY_KEY.test(key);
    for (const amount of readAmounts(text)) {
      const value = amount.values[0];
      const raw = text.slice(amount.start, amount.end);
      if (
        value === undefined ||
        dates.some((d) => overlaps(d, amount)) ||
        emails.some((e) => overlaps(e, amount))
      )
        continue;
      if (!amount.money && phones.some((p) => overlaps(p, amount))) continue;
      if (!(amount.money || money) && (value < 100_000 || isYear(raw, value))) continue;
      push(this.amounts, value, { kind: amount.money || money ? 'MONEY' : 'NUMBER', source });
    }
    let rest = text;
    for (const e of emails) rest = rest.slice(0, e.start) + ' '.repeat(e.end - e.start) + rest.slice(e.end);
    const codes = readStoredCodes(rest);
    const whole = compactCode(text);
    if (CODE_KEY.test(key) && isCodeLike(whole) && text.length <= 32) codes.push(whole);
    for (const code of codes) {
      // matchCodes skips text with no ASCII digit in reach: a code without one is never stored
      // (isCodeLike already asks for one; this keeps it so if isCodeLike changes).
      if (!ASCII_DIGIT.test(code)) continue;
      if (!this.codes.has(code)) this.codes.set(code, { kind: 'ID', source });
      for (let n = 1; n <= code.length; n++) this.codePrefixes.add(code.slice(0, n));
    }
  }

  index(): FormsIndex {
    const { amounts, dates, phones, emails, codes, codePrefixes } = this;
    const emailDomains = [
      ...new Set([...emails.keys()].map((address) => address.split('@')[1]?.split('.')[0] ?? '')),
    ].filter((label) => label.length > 0);
    // round(r · scale · 100) = v puts r within 0.005 of v / (100 · scale), so its whole part is at
    // most one away; two leaves room for the rounding of the division itself.
    const amountWholes = { plain: new Set<number>(), scaled: new Set<number>() };
    for (const v of amounts.keys())
      for (const scale of SCALES) {
        const whole = Math.floor(v / (100 * scale));
        for (let d = -2; d <= 2; d++) {
          amountWholes.scaled.add(whole + d);
          if (scale === 1) amountWholes.plain.add(whole + d);
        }
      }
    return { amounts, amountWholes, dates, phones, emails, emailDomains, codes, codePrefixes };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The user's numbers and amounts, dates, phone numbers, e-mail addresses and codes, from profile
 * fields and from inside free-text facts, in the comparison form of each kind (see forms/*.ts).
 */
export function buildForms(context: ContextData): FormsIndex {
  const builder = new Builder();
  for (const [key, value] of Object.entries(context.profile))
    if (typeof value === 'string') builder.add(value, `profile: ${key}`, key);
  context.facts.forEach((fact, i) => builder.add(fact.text, `fact ${i + 1}`));
  return builder.index();
}
