import type { Finding } from '../types';
import { firstDigits, lettersBeforeDigit, matchCodes, type StoredCodes } from './codes';
import { readDates } from './dates';
import { matchEmails } from './emails';
import { hundredths, readAmounts, SCALES, type Wanted } from './numbers';
import { matchPhones } from './phones';
import type { DayReading, FormEntry, FormsIndex } from './types';

const sameYear = (typed: DayReading, stored?: number) =>
  typed.year === undefined ||
  stored === undefined ||
  (typed.shortYear ? stored % 100 === typed.year : stored === typed.year);

// One view of each index's codes for matchCodes (which keeps what it learns of it per view).
const CODES = new WeakMap<FormsIndex, StoredCodes>();
function storedCodes(forms: FormsIndex): StoredCodes {
  let codes = CODES.get(forms);
  if (!codes) {
    codes = {
      has: (c: string) => forms.codes.has(c),
      hasPrefix: (c: string) => forms.codePrefixes.has(c),
      lettersBeforeDigit: lettersBeforeDigit(forms.codes.keys()),
      firstDigits: firstDigits(forms.codes.keys()),
    };
    CODES.set(forms, codes);
  }
  return codes;
}

// The domains of each index's addresses ("example.org"), for matchEmails' knownDomain.
const DOMAINS = new WeakMap<FormsIndex, ReadonlySet<string>>();
function storedDomains(forms: FormsIndex): ReadonlySet<string> {
  let domains = DOMAINS.get(forms);
  if (!domains) {
    domains = new Set([...forms.emails.keys()].map((address) => address.slice(address.indexOf('@') + 1)));
    DOMAINS.set(forms, domains);
  }
  return domains;
}

// The second labels of each index's domains, for matchEmails' window filter; undefined (no filter)
// when one is not lower-case ASCII (the filter's soundness rests on that) or missing.
const SECONDS = new WeakMap<FormsIndex, readonly string[] | undefined>();
function storedSeconds(forms: FormsIndex): readonly string[] | undefined {
  if (SECONDS.has(forms)) return SECONDS.get(forms);
  const labels = [...storedDomains(forms)].map((domain) => domain.split('.')[1] ?? '');
  const seconds = labels.every((label) => /^[a-z0-9_%+-]+$/.test(label)) ? [...new Set(labels)] : undefined;
  SECONDS.set(forms, seconds);
  return seconds;
}

// A whole part's bucket in a table of 2^16 (any integer; the same on both sides of a lookup).
const bucket = (whole: number) => whole & 0xffff;
const bucketsOf = (wholes: ReadonlySet<number>) => {
  const table = new Uint8Array(0x10000);
  for (const whole of wholes) table[bucket(whole)] = 1;
  return table;
};

// The least and greatest of a set of whole parts ([Infinity, -Infinity] when empty: none is between).
const boundsOf = (wholes: ReadonlySet<number>): [number, number] => {
  let least = Infinity;
  let most = -Infinity;
  for (const whole of wholes) {
    if (whole < least) least = whole;
    if (whole > most) most = whole;
  }
  return [least, most];
};

// Per index: whether matchForms wants a number (readAmounts' Wanted), made once.
const WANTED = new WeakMap<FormsIndex, Wanted>();
function wantedOf(forms: FormsIndex): Wanted {
  let wanted = WANTED.get(forms);
  if (wanted) return wanted;
  const { plain, scaled } = forms.amountWholes;
  // A whole part whose bucket holds none of the set's is not in it: most numbers stop at one load.
  const plainBuckets = bucketsOf(plain);
  const scaledBuckets = bucketsOf(scaled);
  // Before the tables: a whole part outside the least and greatest of the set is not in it (most
  // numbers of a text, and two compares where a table of 64 KiB is seldom in cache).
  const [plainLeast, plainMost] = boundsOf(plain);
  const [scaledLeast, scaledMost] = boundsOf(scaled);
  // A number none of whose readings, at any scale, can be a stored value is not read on.
  wanted = (reading: number, isScaled: boolean, exact: boolean) => {
    const whole = Math.floor(reading);
    if (
      isScaled
        ? whole < scaledLeast ||
          whole > scaledMost ||
          scaledBuckets[bucket(whole)] !== 1 ||
          !scaled.has(whole)
        : whole < plainLeast || whole > plainMost || plainBuckets[bucket(whole)] !== 1 || !plain.has(whole)
    )
      return false;
    if (!exact) return true;
    // A reading itself: its value at each scale it may take is looked up as readAmounts computes it.
    if (!isScaled) return forms.amounts.has(hundredths(reading));
    for (const scale of SCALES) if (forms.amounts.has(hundredths(reading * scale))) return true;
    return false;
  };
  // The digits of the least whole part wanted unscaled, for readAmounts' length bound: n such that
  // 10^n - 1 is the first to reach it (none below 1; every length falls short when none is wanted).
  let digits = 0;
  while (digits < 400 && 10 ** digits - 1 < plainLeast) digits++;
  wanted.plainDigits = digits;
  WANTED.set(forms, wanted);
  return wanted;
}

type DayEntries = FormsIndex['dates'] extends ReadonlyMap<string, infer E> ? E : never;

/** An index's stored days by month · 32 + day, and readDates' filter read from the same table. */
interface StoredDays {
  entries: readonly (DayEntries | undefined)[];
  stored: (month: number, day: number) => boolean;
}

// Per index, made once: a date read is looked up by two numbers, not by a "month-day" key string made
// and hashed per reading.
const DAYS = new WeakMap<FormsIndex, StoredDays>();
function storedDays(forms: FormsIndex): StoredDays {
  let days = DAYS.get(forms);
  if (!days) {
    const entries = new Array<DayEntries | undefined>(13 * 32).fill(undefined);
    for (const [key, stored] of forms.dates) {
      const [month, day] = key.split('-').map(Number);
      // Only a key a reading can make ("month-day", each a whole number of the table's range) is
      // put in the table: any other key is one no reading's key string equals.
      if (month !== undefined && day !== undefined && key === `${month}-${day}` && month < 13 && day < 32)
        entries[month * 32 + day] = stored;
    }
    days = { entries, stored: (month, day) => entries[month * 32 + day] !== undefined };
    DAYS.set(forms, days);
  }
  return days;
}

/** The first stored day any reading is, in the order of the readings and of the entries. */
function storedDay(readings: readonly DayReading[], days: readonly (DayEntries | undefined)[]) {
  for (const r of readings) {
    // A valid reading's month (1-12) and day (1-31) index the table; its key is "month-day".
    const entries = days[r.month * 32 + r.day];
    if (entries) for (const e of entries) if (sameYear(r, e.year)) return e;
  }
  return undefined;
}

/**
 * Every typed form of a stored value in `text`: one span per occurrence, the whole of it ("$84,500",
 * not "500"), with the source of the value it matched. Each kind is read once and looked up by key.
 */
export function matchForms(text: string, forms: FormsIndex): Finding[] {
  // Pushed to directly, not through an arrow: matchForms runs once per text, mostly unoptimised.
  const spans: Finding[] = [];
  const wanted = wantedOf(forms);
  if (forms.amounts.size > 0)
    for (const amount of readAmounts(text, wanted)) {
      if (!amount.specific) continue;
      // The entry of the first value stored, as values.map(…).find(…) gave it, without two arrows
      // and an array per amount.
      let entry: FormEntry | undefined;
      for (const v of amount.values) {
        entry = forms.amounts.get(v)?.[0];
        if (entry) break;
      }
      if (entry)
        spans.push({
          start: amount.start,
          end: amount.end,
          kind: amount.money ? 'MONEY' : entry.kind,
          source: entry.source,
        });
    }
  if (forms.dates.size > 0) {
    const days = storedDays(forms);
    for (const date of readDates(text, days.stored)) {
      const entry = storedDay(date.readings, days.entries);
      if (entry) spans.push({ start: date.start, end: date.end, kind: entry.kind, source: entry.source });
    }
  }
  for (const hit of matchPhones(text, forms.phones))
    spans.push({ start: hit.start, end: hit.end, kind: hit.phone.kind, source: hit.phone.source });
  if (forms.emails.size > 0) {
    // Only an address of a stored domain is found (matchEmails checks each "at"), so the text is
    // lower-cased for the gate, the stored domains in it, only once one is found.
    const domains = storedDomains(forms);
    const hits = matchEmails(
      text,
      (address) => forms.emails.has(address),
      forms.emailDomains,
      (domain) => domains.has(domain),
      storedSeconds(forms),
    );
    if (hits.length > 0) {
      const lower = text.toLowerCase();
      if (forms.emailDomains.some((label) => lower.includes(label)))
        for (const hit of hits) {
          const entry = forms.emails.get(hit.address);
          if (entry) spans.push({ start: hit.start, end: hit.end, kind: entry.kind, source: entry.source });
        }
    }
  }
  if (forms.codes.size > 0)
    for (const hit of matchCodes(text, storedCodes(forms))) {
      const entry = forms.codes.get(hit.compact);
      if (entry) spans.push({ start: hit.start, end: hit.end, kind: entry.kind, source: entry.source });
    }
  return spans;
}
