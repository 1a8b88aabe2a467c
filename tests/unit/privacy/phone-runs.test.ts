import { scanText } from '../../../lib/privacy/forms/text-scan';
import { phoneRuns, RUN_CHARS } from '../../../lib/privacy/phone-runs';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';

// phoneRuns must give exactly the runs of the regular expression it replaced, with their digits.
const RUN = new RegExp(`${RUN_CHARS}*\\p{Nd}${RUN_CHARS}*`, 'gu');
function reference(text: string) {
  return [...text.matchAll(RUN)].map((m) => {
    const digits = m[0].match(/\p{Nd}/gu) ?? [];
    return {
      start: m.index,
      end: m.index + m[0].length,
      digitCount: digits.length,
      ascii: digits.every((d) => /^[0-9]$/.test(d)) ? digits.join('') : undefined,
      plus: /[+\uFF0B]/.test(m[0]),
    };
  });
}

// ASCII, the library's punctuation outside ASCII, digits of other scripts (one astral), letters.
const PIECES = [
  '0',
  '7',
  '42',
  ' ',
  '-',
  '.',
  '/',
  '(',
  ')',
  '[',
  ']',
  '~',
  '+',
  '\uFF0B',
  'a',
  ',',
  '\n',
  ':',
  '\u2013',
  '\u00A0',
  '\u3000',
  '\uFF08',
  '\u0663',
  '\uFF11',
  '\u{1D7CE}',
  '\u00E9',
  '\u{1F600}',
  '\uD800',
  // Words: phoneRuns jumps over them to the next digit (or character outside ASCII).
  'abc',
  'Word ',
  'ext ',
  'xyz(',
];

describe('phoneRuns', () => {
  it('finds the regular expression runs on random mixes', () => {
    const random = rng(31);
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const n = Math.floor(random() * 40);
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
      expect(phoneRuns(text)).toEqual(reference(text));
    }
  });

  // Most texts hold no digit outside ASCII: their runs are found around the digit runs of scanText's
  // walk. The pieces here (all but the digits of other scripts) keep to that path; the test says
  // so, and that scanText tells the two kinds of text apart as \p{Nd} does.
  it('finds the regular expression runs around the digit runs of texts with ASCII digits', () => {
    const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
    const pieces = PIECES.filter((piece) => !OTHER_DIGIT.test(piece));
    expect(pieces.length).toBeLessThan(PIECES.length);
    const random = rng(37);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = Math.floor(random() * 60);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      expect(scanText(text).otherDigits).toBe(false);
      expect(phoneRuns(text)).toEqual(reference(text));
    }
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const n = Math.floor(random() * 20);
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
      expect(scanText(text).otherDigits).toBe(OTHER_DIGIT.test(text));
    }
  });

  it.each(LONG_SETS)('finds the regular expression runs on generated %s requests', (set) => {
    for (const text of longInputs(set, 5, 1).slice(0, 3)) expect(phoneRuns(text)).toEqual(reference(text));
  });
});
