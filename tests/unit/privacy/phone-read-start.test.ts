import { findPhoneNumbersInText } from 'libphonenumber-js';
import { readStart } from '../../../lib/privacy/phone-margins';
import { COUNTRIES, phoneWindows } from '../../../lib/privacy/phone-windows';
import { rng } from '../../../scripts/privacy-synthetic';
import { UNREAD_PARTS } from './phone-noise';

// readStart (phone-margins.ts) drops the part of a window before the character ahead of its first
// digit's stretch of candidate characters; the library must find the same numbers (at the same
// text offsets) in what is left, for every default country. Checked against findPhoneNumbersInText
// itself, on text where windows do have such margins: numbers and digit groups between words,
// words outside ASCII, blanked placeholders, leads, brackets, labels and units that are digits
// only to the engine.

const WORDS = ['el', 'Tel', 'TX', 'ext', 'x', 'Göteborg', 'Αθήνα', 'Łódź', 'call', 'am', '%', '$', '€', '#'];
const GAPS = [
  ' ',
  '  ',
  '        ',
  '\xa0',
  ', ',
  ': ',
  ' (',
  '(',
  '[',
  ' +',
  '+',
  '\uff0b',
  ' - ',
  '\u2013',
  '/',
  '.',
  '\n',
];
const NUMBERS = ['2025550123', '020 7946 0958', '+44 20 7946 0958', '98765 43210', '15/10/2025', '1234'];

function text(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  let t = '';
  while (t.length < 80) {
    const r = random();
    if (r < 0.35) t += pick(WORDS);
    else if (r < 0.65) t += pick(GAPS);
    else if (r < 0.8) t += pick(NUMBERS);
    else if (r < 0.95) t += String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 11))));
    else t += pick(UNREAD_PARTS);
  }
  return t;
}

const finds = (t: string, from: number, to: number, country: (typeof COUNTRIES)[number]) =>
  findPhoneNumbersInText(t.slice(from, to), country).map((f) => [from + f.startsAt, from + f.endsAt]);

describe('readStart', () => {
  it('leaves what the library finds in a window unchanged', () => {
    const random = rng(83);
    let trimmed = 0;
    let found = 0;
    for (let i = 0; i < 800; i++) {
      const t = text(random);
      for (const w of phoneWindows(t)) {
        const at = readStart(t, w.start, w.end);
        if (at === w.start) continue;
        trimmed++;
        for (const country of COUNTRIES) {
          const whole = finds(t, w.start, w.end, country);
          found += whole.length;
          expect([t, w.start, country, finds(t, at, w.end, country)]).toEqual([t, w.start, country, whole]);
        }
      }
    }
    // Enough trimmed windows, and finds in them, for the claim to be tested.
    expect(trimmed).toBeGreaterThan(300);
    expect(found).toBeGreaterThan(300);
  });
});
