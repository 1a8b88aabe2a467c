import { findPhoneNumbersInText } from 'libphonenumber-js';
import { findInAscii } from '../../../lib/privacy/phone-matcher';
import { COUNTRIES, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';

// findInAscii is the library's matcher that skips parsing hopeless candidates: on any ASCII text
// it must return exactly what findPhoneNumbersInText returns, in the same order.
const PARTS = [
  '+',
  '(',
  ')',
  '[',
  ']',
  '-',
  ' ',
  '  ',
  '.',
  '/',
  ',',
  ',,',
  ';',
  ';ext=',
  ' ext ',
  ' ext. ',
  'EXT',
  ' x',
  'x',
  'X',
  '#',
  '~',
  '%',
  '$',
  'TX',
  'call ',
  '\n',
  '\t',
  ':',
  'a',
  '0',
  '00',
  '011',
  '1',
  '44',
  '91',
  '+1',
  '+44 ',
  '+91',
  '/ x',
  '-- ',
  ' - ',
  '12/10/2011',
  '2012-01-02 08',
  ':30',
  '211-227 (2003',
];

function noisy(random: () => number, n: number): string {
  let text = '';
  while (text.length < n) {
    if (random() < 0.55) {
      const length = 1 + Math.floor(random() * (random() < 0.8 ? 12 : 24));
      text += Array.from({ length }, () => String(Math.floor(random() * 10))).join('');
    } else text += PARTS[Math.floor(random() * PARTS.length)] ?? ' ';
  }
  return text;
}

function differences(text: string): string[] {
  const wrong: string[] = [];
  for (const country of COUNTRIES) {
    const mine = findInAscii(text, country);
    if (!mine) continue;
    const library = findPhoneNumbersInText(text, country).map((f) => ({ start: f.startsAt, end: f.endsAt }));
    if (JSON.stringify(mine) !== JSON.stringify(library))
      wrong.push(`${country}: ${JSON.stringify(text)} ${JSON.stringify(mine)} ${JSON.stringify(library)}`);
  }
  return wrong;
}

describe('findInAscii finds what findPhoneNumbersInText finds', () => {
  it('on random mixes of digits, punctuation, extensions, dates, "+" and prefixes', () => {
    const random = rng(41);
    const wrong: string[] = [];
    let found = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 5 + Math.floor(random() * 70));
      wrong.push(...differences(text));
      found += findInAscii(text, 'IN')?.length ?? 0;
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });

  it.each(LONG_SETS)('on the windows and whole texts of generated %s requests', (set) => {
    const wrong: string[] = [];
    const texts = longInputs(set, 29, 1);
    for (const text of texts.slice(0, 4)) {
      wrong.push(...differences(text));
      for (const w of phoneWindows(text)) wrong.push(...differences(text.slice(w.start, w.end)));
    }
    expect(wrong).toEqual([]);
  });

  it('declines text outside ASCII', () => {
    expect(findInAscii('call 020 7946 0321 \u00e9', 'GB')).toBeUndefined();
  });
});
