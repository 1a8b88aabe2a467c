import fc from 'fast-check';
import { preparePrivacy } from '../../../lib/privacy';
import { firstDigits, lettersBeforeDigit, matchCodes } from '../../../lib/privacy/forms/codes';
import { pointFold, scanWords } from '../../../lib/privacy/forms/date-scan';
import { firstLetters } from '../../../lib/privacy/forms/first-letters';
import { MONTH, ORDINAL } from '../../../lib/privacy/forms/month-words';
import { scanText } from '../../../lib/privacy/forms/text-scan';
import { readDates } from '../../../lib/privacy/forms/dates';
import { fold } from '../../../lib/privacy/normalize';
import { matchEmails } from '../../../lib/privacy/forms/emails';
import { matchForms } from '../../../lib/privacy/forms/match';
import { mayScale } from '../../../lib/privacy/forms/number-scan';
import { readAmounts, readingsOf, type Wanted } from '../../../lib/privacy/forms/numbers';
import { matchPhones, readPhoneRuns } from '../../../lib/privacy/forms/phones';
import { matchCodes as slowCodes } from './forms/reference/codes';
import { readDates as slowDates } from './forms/reference/dates';
import { matchEmails as slowEmails } from './forms/reference/emails';
import { matchForms as slowForms } from './forms/reference/match';
import { readAmounts as slowAmounts, readingsOf as slowReadings } from './forms/reference/numbers';
import { matchPhones as slowPhones, readPhoneRuns as slowRuns } from './forms/reference/phones';
import { persona } from './forms/context';
import { contextOf } from './helpers';

/**
 * The forms readers are written as hand-made scans with cheap pre-filters; forms/reference holds
 * them as they were, plain regexes. On any text, the two must find exactly the same.
 */

// Pieces chosen to sit on every boundary the scans decide by hand: digits of other scripts and
// outside the BMP (\p{N}), letters outside ASCII and case-folding to ASCII (\p{LC}, the i flag),
// every separator and space a number, date, phone, address or code may hold.
const PIECES = [
  ...'0123456789',
  '84',
  '500',
  '2027',
  '14',
  '06',
  ...".,'’/-:+()[]_@$€£¥元万 \n\t",
  '\u00a0',
  '\u202f',
  '\u3000',
  '²',
  '٣',
  '𝟏',
  '\u0301',
  'ſ',
  '\u212a',
  'zł',
  'Zł',
  'kr',
  'k',
  'K',
  'm',
  'bn',
  'usd',
  'USD',
  'rs.',
  'dollars',
  'euros',
  'a',
  'x',
  'th',
  'rd',
  'of',
  'de',
  'the',
  'March',
  'mar',
  'Juni',
  'märz',
  'third',
  'twenty-',
  '月',
  '日',
  '年',
  '월',
  '일',
  '号',
  'at',
  ' at ',
  ' dot ',
  '(at)',
  '[dot]',
  'example',
  'org',
  'ORG',
  'net',
  'or',
  'aisling',
  'byrne',
  'YK21',
  'XRV',
  'KA',
  '40417',
  'QX7P2M',
  '川',
  'A7K3M9',
  'บาท',
  'ทค',
  'жк',
  'Ж',
  'ο',
  // Words outside ASCII that do and do not fold to a month or an ordinal (scanWords' pointFold).
  'décembre',
  'DÉCEMBRE',
  'Październik',
  'AOÛT',
  'ﬁrst',
  'Ｍａｒｃｈ',
  '𝐌𝐚𝐫𝐜𝐡',
  'İ',
  'Σ',
  'ß',
  'Müller',
  'Παπαδόπουλος',
  'Ólafur',
  // Codes whose first letter upper-cases to more than one unit, or opens with a mark (mayOpen).
  'ŉ7K3',
  'ǆ40417',
  'ß40417',
  '\u0301A7K3',
];
// The persona's own values (forms/context.ts), typed in the ways each reader must take apart.
const casing = (w: string) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1));
const join = (words: readonly string[], seps: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.tuple(...words.map(casing)),
      fc.array(seps, { minLength: words.length, maxLength: words.length }),
    )
    .map(([ws, ss]) => ws.map((w, i) => (i === 0 ? w : `${ss[i] ?? '.'}${w}`)).join(''));
const DOT_SEP = fc.constantFrom('.', ' dot ', '(dot)', '[dot]', ' . ', '( dot )', ' DOT ', '  dot  ', '.\n');
const AT_SEP = fc.constantFrom(
  '@',
  ' at ',
  '(at)',
  ' @ ',
  '[ at ]',
  '<at>',
  '  at  ',
  ' AT ',
  '{at }',
  '@\n',
);
const address = fc
  .tuple(
    fc.constantFrom(['aisling', 'byrne'], ['office'], ['a', 'b', 'aisling', 'byrne']),
    fc.constantFrom(['example', 'org'], ['burnspark', 'edu'], ['example', 'org', 'uk']),
    AT_SEP,
  )
  .chain(([local, domain, at]) =>
    fc.tuple(join(local, DOT_SEP), join(domain, DOT_SEP)).map(([l, d]) => `${l}${at}${d}`),
  );
const VALUES = fc.constantFrom(
  '+1 (704) 555-0134',
  '+(704) 555-0134',
  '(704) 555 0134',
  '++(704)5550134',
  '+44 (0)7700 900123',
  '704 .-555  0134',
  '704.555.0134',
  '7045550134',
  '+44 7700 900123',
  '07700900123',
  '0044 7700 900 123',
  'YK21 XRV',
  'yk21-xrv',
  'KA-40417',
  'ka 40417',
  'QX7P2M',
  'March 3',
  '3/3',
  '03.03.',
  '14/06/2027',
  '2027-06-14',
  'June 14th, 2027',
  '3rd of March',
  '3RD  OF\tmarch 2027',
  'the twenty-first of March',
  'March third',
  'MARCH the thirtieth',
  'March the 3rd, 2027',
  '3 de marzo de 2027',
  '14. Juni 2027',
  '3.märz',
  '1ſt of March',
  'ſeptember 3',
  'Mar. 3',
  // One to three \s between a month and its day, and four (no date).
  'March \t\u00a03',
  'june   14',
  'JUNE    14',
  "June 14 '27",
  'first may 3 of may',
  '1988-11-23',
  '23.11.88',
  '$84,500',
  '84.5k',
  '84 500',
  '€1,350',
  '1.350 €',
  '12.5k',
  '12,500',
  '09.03',
  '09.03 euros',
  'EUR 09.03',
  '€09.03',
  '5 09.03',
  'rs. 12.03',
);
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: address },
  { weight: 1, arbitrary: VALUES },
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const valueText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

const RUNS = { numRuns: 3000 };

describe('forms readers equal their reference (regex) versions', () => {
  it('reads numbers and amounts the same', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(readAmounts(t)).toEqual(slowAmounts(t));
        for (const a of slowAmounts(t)) {
          const core = t.slice(a.start, a.end).replace(/^\D+|\D+$/g, '');
          expect(readingsOf(core)).toEqual(slowReadings(core));
        }
      }),
      RUNS,
    );
  });

  // readAmounts turns an unscaled number away by its length when `plainDigits` says no wanted whole
  // part is that short: it must find what the same Wanted without the bound finds.
  it('turns numbers away by length only when no reading of theirs is wanted', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -5, max: 2_000_000 }), (t, floor) => {
        const plain: Wanted = (reading, scaled) => scaled || Math.floor(reading) >= floor;
        let digits = 0;
        while (10 ** digits - 1 < floor) digits++;
        const bounded: Wanted = (reading, scaled, exact) => plain(reading, scaled, exact);
        bounded.plainDigits = digits;
        expect(readAmounts(t, bounded)).toEqual(readAmounts(t, plain));
      }),
      RUNS,
    );
  });

  // amountOf reads a number's readings at every scale only where mayScale says a multiplier may
  // follow: it must say so wherever the reference's multiplier regex matches.
  it('rules a multiplier out only where none follows', () => {
    const multiplier =
      /^\s?(k|thousand|grand|m|mn|mil|mio|million|millions|b|bn|billion|billions|lakhs?|crores?|万|萬|億|亿|千)(?![\p{LC}\p{N}])/iu;
    const words = fc.constantFrom(
      ...'kKmMbBtTgGlLcCnNiIhHrRaAsSxX5 .\u00a0\u212aſ万千é'.split(''),
      'thousand',
      'THOUSANDS',
      'grand',
      'mn',
      'mil',
      'mio',
      'million',
      'millions',
      'bn',
      'billion',
      'lakh',
      'lakhs',
      'crore',
      'crores',
      'ms',
      'MB',
      'km',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 6 }), (parts) => {
        const t = parts.join('');
        for (let i = 0; i <= t.length; i++)
          if (multiplier.test(t.slice(i, i + 12))) expect(mayScale(t, i)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads any run of digits and separators the same', () => {
    const core = fc
      .array(fc.constantFrom(...'0123456789', '00', '000', ...".,' /-"), { maxLength: 14 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(core, (c) => {
        expect(readingsOf(c)).toEqual(slowReadings(c));
      }),
      RUNS,
    );
  });

  // The one walk of a text gives each reader what its own scan gave: digit runs as /\d+/g, the
  // places /[@([{<]|\s[aA][tT](?=\s)/g matches, and scanWords' month and ordinal words.
  it('walks a text once for what each reader looked for', () => {
    fc.assert(
      fc.property(text, (t) => {
        const scan = scanText(t);
        expect([...scan.runs]).toEqual(
          [...t.matchAll(/\d+/g)].flatMap((m) => [m.index, m.index + m[0].length]),
        );
        expect(scan.ats).toEqual([...t.matchAll(/[@([{<]|\s[aA][tT](?=\s)/g)].map((m) => m.index));
        const words = scanWords(t, MONTH, ORDINAL);
        expect({ months: scan.months, ordinal: scan.ordinal }).toEqual(words);
        expect(scanText(`${t}`)).toBe(scan);
      }),
      RUNS,
    );
  });

  // scanText asks the pair table alone when a word's second unit is ASCII: a pair some word opens
  // with must have that word's first letter in the one-letter table.
  it('knows the first letter of every pair of first letters', () => {
    const firsts = firstLetters(MONTH, ORDINAL);
    firsts.twoAscii.forEach((set, pair) => {
      if (set === 1) expect(firsts.oneAscii[pair >> 7]).toBe(1);
    });
  });

  // The runs are written into one buffer, grown when a text has more than it holds and written over
  // by the next text: texts of many runs, scanned in turn, each get their own.
  it('gives each text its own runs, however many', () => {
    const runsOf = (t: string) => [...t.matchAll(/\d+/g)].flatMap((m) => [m.index, m.index + m[0].length]);
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 40 }), { minLength: 2, maxLength: 3 }), (parts) => {
        // Each text some thousands of runs long (the buffer starts at 512).
        const texts = parts.map((p, i) => `${p.join('')} ${i}`.repeat(200 + i * 150));
        const expected = texts.map(runsOf);
        for (let round = 0; round < 2; round++)
          texts.forEach((t, i) => expect([...scanText(t).runs]).toEqual(expected[i]));
      }),
      { numRuns: 40 },
    );
  });

  it('reads dates the same', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(readDates(t)).toEqual(slowDates(t));
      }),
      RUNS,
    );
  });

  // Told which month-days it wants, readDates gives the reference's dates with a reading wanted, and
  // leaves out numeric days none of whose readings is wanted before their regex runs (dayStarts).
  it('reads the wanted dates as the reference’s dates filtered', () => {
    // Months and days the parts spell, so that a wanted reading is often typed (either way round).
    const day = fc.tuple(fc.constantFrom(2, 3, 6, 12), fc.constantFrom(2, 3, 6, 13, 14, 27));
    const parts = fc.constantFrom('3', '03', '06', '14', '13', '2', '27', '/', '.', '..', ' ', 'a', '€');
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 4 }),
        fc.array(parts, { maxLength: 16 }),
        text,
        (days, p, t0) => {
          const keys = new Set(days.map(([m, d]) => m * 32 + d));
          const wanted = (m: number, d: number) => keys.has(m * 32 + d);
          for (const t of [p.join(''), t0]) {
            const all = slowDates(t).filter((date) => date.readings.some((r) => wanted(r.month, r.day)));
            expect(readDates(t, wanted)).toEqual(all);
          }
        },
      ),
      RUNS,
    );
  });

  // ISO and NUMERIC_YEAR dates are read in one pass over the digit runs: each pattern's matches are
  // taken left to right on their own (one may start inside the other's, "2027-06-14-27"), and the
  // ISO ones come first.
  it('reads numeric dates that overlap the same', () => {
    const parts = fc.constantFrom('2027', '06', '14', '3', '27', '123', '-', '/', '.', ' ', 'a');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 14 }), (p) => {
        const t = p.join('');
        expect(readDates(t)).toEqual(slowDates(t));
      }),
      RUNS,
    );
    for (const t of ['2027-06-14-27', '3/06/27 2027-06-14', '14.06.27 2027/06/14 3-3-2027'])
      expect(readDates(t)).toEqual(slowDates(t));
    expect(readDates('2027-06-14-27').length).toBe(2);
  });

  it('finds the persona’s forms the same', () => {
    const codes = {
      has: (c: string) => persona.forms.codes.has(c),
      hasPrefix: (c: string) => persona.forms.codePrefixes.has(c),
    };
    const known = (address: string) => persona.forms.emails.has(address);
    fc.assert(
      fc.property(text, (t) => {
        expect(matchForms(t, persona.forms)).toEqual(slowForms(t, persona.forms));
        expect(matchPhones(t, persona.forms.phones)).toEqual(slowPhones(t, persona.forms.phones));
        expect(readPhoneRuns(t)).toEqual(slowRuns(t));
        expect(matchEmails(t, known)).toEqual(slowEmails(t, known));
        expect(matchEmails(t, known, persona.forms.emailDomains)).toEqual(slowEmails(t, known));
        // Told the stored domains, it asks `known` of their addresses only, and finds the same.
        const domains = new Set([...persona.forms.emails.keys()].map((a) => a.slice(a.indexOf('@') + 1)));
        expect(matchEmails(t, known, persona.forms.emailDomains, (d) => domains.has(d))).toEqual(
          slowEmails(t, known),
        );
        // Told every stored domain's second label too, it skips windows holding none, and finds the same.
        const seconds = [...domains].map((d) => d.split('.')[1] ?? '');
        expect(matchEmails(t, known, persona.forms.emailDomains, (d) => domains.has(d), seconds)).toEqual(
          slowEmails(t, known),
        );
        expect(matchCodes(t, codes)).toEqual(slowCodes(t, codes));
      }),
      RUNS,
    );
  });

  it('finds generated stored values the same', () => {
    fc.assert(
      fc.property(fc.array(valueText, { minLength: 1, maxLength: 4 }), text, (values, t) => {
        const profile = Object.fromEntries(
          values.map((v, i) => [['salary', 'phone', 'plate', 'note'][i] ?? 'x', v]),
        );
        const { forms } = preparePrivacy(contextOf(profile, values));
        const typed = `${values.join(' ')} ${t}`;
        expect(matchForms(typed, forms)).toEqual(slowForms(typed, forms));
        expect(matchForms(t, forms)).toEqual(slowForms(t, forms));
      }),
      { numRuns: 500 },
    );
  });

  // scanWords builds a word's fold from its points' folds and drops a word with a point that folds
  // outside a-z: fold must work point by point on cased letters for that to find every month.
  const checkFold = (word: string) => {
    const parts = [...word].map((ch) => pointFold(ch.codePointAt(0) ?? 0));
    const folded = fold(word);
    if (parts.every((p) => p !== undefined)) expect(folded).toBe(parts.join(''));
    else expect(folded).not.toMatch(/^[a-z]*$/);
  };

  it('folds every cased letter between ASCII letters as pointFold says', () => {
    const cased = /^\p{LC}$/u;
    for (let cp = 128; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (cased.test(ch)) checkFold(`ma${ch}ch`);
    }
  });

  // scanWords steps over a word whose ASCII first letter, or first two, begin no month or ordinal:
  // it must find what the plain reading finds (every \p{LC}{3,} run of at most twelve units, folded).
  it('finds month and ordinal words as whole folded runs', () => {
    const months = new Map([...'march aout mai may december jan'.split(' ')].map((w, i) => [w, i + 1]));
    const ordinals = new Map(['first', 'third', 'second'].map((w, i) => [w, i + 1]));
    const slowScan = (t: string) => {
      const found = { months: [] as number[], ordinal: false };
      for (const m of t.matchAll(/\p{LC}{3,}/gu)) {
        if (m[0].length > 12) continue;
        const word = fold(m[0]);
        if (months.has(word)) found.months.push(m.index, m.index + m[0].length);
        if (ordinals.has(word)) found.ordinal = true;
      }
      return found;
    };
    const bits = [
      ...'maMArRjJdDfFtTsSxXzZ',
      'ä',
      'Ä',
      'û',
      'ſ',
      'ﬁ',
      'Ｍ',
      '𝐌',
      'İ',
      'ß',
      'Ж',
      ' ',
      '.',
      '3',
      '-',
      '\u00a0',
    ];
    // Upper-case ASCII letters before and after a point outside ASCII fold to lower case too.
    const word = fc.array(fc.constantFrom(...bits, 'march', 'MAI', 'août', 'AOÛT', 'aoûT', 'Third', 'ﬁrst'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(word, (parts) => {
        const t = parts.join('');
        expect(scanWords(t, months, ordinals)).toEqual(slowScan(t));
      }),
      { numRuns: 3000 },
    );
  });

  // matchCodes skips groups from which no ASCII digit is within MAX_GROUPS groups and joins: codes
  // of many short groups, long joins and stops around them must be found as the plain walk finds them.
  it('finds codes of many groups the same', () => {
    const stored = ['ABCDEFGHI1', 'ABCDEFGHIJ1', 'AB12', 'XA1', 'A1B', '12345', 'ÉA1'];
    const prefixes = new Set(stored.flatMap((c) => [...c].map((_, n) => c.slice(0, n + 1))));
    const codes = { has: (c: string) => stored.includes(c), hasPrefix: (c: string) => prefixes.has(c) };
    const bits = [
      ...'ABCDEFGHIJXabx12',
      ' ',
      '-',
      '.',
      '/',
      '_',
      ',',
      '  ',
      '\n',
      'é',
      'É',
      'ทค',
      '\u00a0',
      '₁',
      // Outside ASCII and in no group: a stop (a sign, a dash), a join (a space); a one-point group.
      '€',
      '—',
      '\u202f',
      'º',
      '川',
    ];
    const typed = fc.array(fc.constantFrom(...bits, 'A B C D E F G H I 1', 'a-b-c-d-e-f-g-h-i-j-1'), {
      maxLength: 40,
    });
    // Told how many letters the stored codes have at most before their first digit, matchCodes
    // reads back no further: with few letters the bound, not the group count, decides.
    const few = ['AB12', 'XA1', 'A1B', '12345', 'ÉA1', 'B2', 'AB-1'].map((c) => c.replace('-', ''));
    const fewPrefixes = new Set(few.flatMap((c) => [...c].map((_, n) => c.slice(0, n + 1))));
    const bounded = (list: string[], set: Set<string>) => ({
      has: (c: string) => list.includes(c),
      hasPrefix: (c: string) => set.has(c),
    });
    // Codes whose first digit is 1 and whose last is 3: typed runs open with 1, 2 and 3.
    const oneDigit = ['AB13', 'XA13', 'A1B3', 'ÉA13', '1333'];
    // Each of the few stored codes typed in groups, so that a bound off by one misses one of them.
    const spread = fc.array(
      fc.constantFrom(
        ...bits,
        'A B12',
        'a-b 1 2',
        'X A1',
        'x.a 1',
        'A B-1',
        'É A1',
        'A 1 B',
        'B 2',
        'AB 12',
        'AB3',
        '3 AB13',
        'x-a 1 3',
        'É A13',
        '1 3 3 3',
        'A1B 3',
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(fc.oneof(typed, spread), (parts) => {
        const t = parts.join('');
        expect(matchCodes(t, codes)).toEqual(slowCodes(t, codes));
        expect(matchCodes(t, { ...codes, lettersBeforeDigit: lettersBeforeDigit(stored) })).toEqual(
          slowCodes(t, codes),
        );
        const fewCodes = bounded(few, fewPrefixes);
        expect(matchCodes(t, { ...fewCodes, lettersBeforeDigit: lettersBeforeDigit(few) })).toEqual(
          slowCodes(t, fewCodes),
        );
        // Told which digits open the stored codes' digits, matchCodes skips a run opening with another.
        for (const list of [stored, few, oneDigit]) {
          const set = new Set(list.flatMap((c) => [...c].map((_, n) => c.slice(0, n + 1))));
          const told = { ...bounded(list, set), firstDigits: firstDigits(list) };
          expect(matchCodes(t, { ...told, lettersBeforeDigit: lettersBeforeDigit(list) })).toEqual(
            slowCodes(t, bounded(list, set)),
          );
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('counts the letters before a stored code’s first digit', () => {
    expect(lettersBeforeDigit(['AB12', 'X1', '12345'])).toBe(2);
    expect(lettersBeforeDigit(['川A7K3M9', 'QX7P2M'])).toBe(2);
    expect(lettersBeforeDigit([])).toBe(0);
  });

  // forEachAt tries a bracket as "(at)" only when "a" or "A" follows it, at once or after one \s
  // unit: no other point is "a" under the i and u flags, and no \s lies outside the BMP.
  it('knows every point the bracketed at can open with', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/^a$/iu.test(ch)) expect([65, 97]).toContain(cp);
      if (/^\s$/u.test(ch)) expect(cp).toBeLessThanOrEqual(0xffff);
    }
  });

  it('folds words of mixed scripts as pointFold says', () => {
    const letters = [...'aAzZsSkKiI', ...'éÉûÛńŃśŚüÜöÓſﬁﬂＭａ𝐌𝐚İıßẞΣσςΠπЖжǅǄǆ'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((w) => w.join(''));
    fc.assert(fc.property(word, checkFold), RUNS);
  });
});
