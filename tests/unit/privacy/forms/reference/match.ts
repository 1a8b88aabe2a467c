// The reader as it was before it was rewritten as scans (main at 5074182), kept as the reference
// forms-fast.property.test.ts compares the fast readers with. Not used by the extension.
import type { Finding, PiiKind } from '../../../../../lib/privacy/types';
import { matchCodes } from './codes';
import { readDates } from './dates';
import { matchEmails } from './emails';
import { readAmounts } from './numbers';
import { matchPhones } from './phones';
import type { DayReading, FormsIndex } from '../../../../../lib/privacy/forms/types';

const sameYear = (typed: DayReading, stored?: number) =>
  typed.year === undefined ||
  stored === undefined ||
  (typed.shortYear ? stored % 100 === typed.year : stored === typed.year);

/**
 * Every typed form of a stored value in `text`: one span per occurrence, the whole of it ("$84,500",
 * not "500"), with the source of the value it matched. Each kind is read once and looked up by key.
 */
export function matchForms(text: string, forms: FormsIndex): Finding[] {
  const spans: Finding[] = [];
  const add = (start: number, end: number, kind: PiiKind, source: string) =>
    spans.push({ start, end, kind, source });
  if (forms.amounts.size > 0)
    for (const amount of readAmounts(text)) {
      if (!amount.specific) continue;
      const entry = amount.values.map((v) => forms.amounts.get(v)?.[0]).find((e) => e);
      if (entry) add(amount.start, amount.end, amount.money ? 'MONEY' : entry.kind, entry.source);
    }
  if (forms.dates.size > 0)
    for (const date of readDates(text)) {
      const entry = date.readings
        .flatMap((r) => (forms.dates.get(`${r.month}-${r.day}`) ?? []).filter((e) => sameYear(r, e.year)))
        .at(0);
      if (entry) add(date.start, date.end, entry.kind, entry.source);
    }
  for (const hit of matchPhones(text, forms.phones))
    add(hit.start, hit.end, hit.phone.kind, hit.phone.source);
  const lower = forms.emails.size > 0 ? text.toLowerCase() : '';
  if (forms.emailDomains.some((label) => lower.includes(label)))
    for (const hit of matchEmails(text, (address) => forms.emails.has(address))) {
      const entry = forms.emails.get(hit.address);
      if (entry) add(hit.start, hit.end, entry.kind, entry.source);
    }
  const codes = {
    has: (c: string) => forms.codes.has(c),
    hasPrefix: (c: string) => forms.codePrefixes.has(c),
  };
  if (forms.codes.size > 0)
    for (const hit of matchCodes(text, codes)) {
      const entry = forms.codes.get(hit.compact);
      if (entry) add(hit.start, hit.end, entry.kind, entry.source);
    }
  return spans;
}
