import fc from 'fast-check';
import { preparePrivacy } from '../../../lib/privacy';
import { matchCodes } from '../../../lib/privacy/forms/codes';
import { readDates } from '../../../lib/privacy/forms/dates';
import { matchEmails } from '../../../lib/privacy/forms/emails';
import { matchForms } from '../../../lib/privacy/forms/match';
import { readAmounts, readingsOf } from '../../../lib/privacy/forms/numbers';
import { matchPhones } from '../../../lib/privacy/forms/phones';
import { matchCodes as slowCodes } from './forms/reference/codes';
import { readDates as slowDates } from './forms/reference/dates';
import { matchEmails as slowEmails } from './forms/reference/emails';
import { matchForms as slowForms } from './forms/reference/match';
import { readAmounts as slowAmounts, readingsOf as slowReadings } from './forms/reference/numbers';
import { matchPhones as slowPhones } from './forms/reference/phones';
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
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
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

  it('reads dates the same', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(readDates(t)).toEqual(slowDates(t));
      }),
      RUNS,
    );
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
        expect(matchEmails(t, known)).toEqual(slowEmails(t, known));
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
});
