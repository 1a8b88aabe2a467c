import parsePhoneNumber, { findPhoneNumbersInText } from 'libphonenumber-js';
import { findInText } from '../../../lib/privacy/phone-matcher';
import { COUNTRIES, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';

// findInText is the library's matcher that skips parsing hopeless candidates: on any text it reads
// (no digit outside ASCII) it must return exactly what findPhoneNumbersInText returns, in order.
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

/** Outside ASCII: the library's punctuation, "+" and brackets, other spaces (\u202F is not a run
 * character), letters Latin and not, marks, currency, numerals that are not digits, extension
 * labels, and (declined) a digit of another script. */
const OTHER_PARTS = [
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u2010',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\u30fc',
  '\uff0d',
  '\uff0f',
  '\uff0e',
  '\u00ad',
  '\u200b',
  '\u2060',
  '\u3000',
  '\uff08',
  '\uff09',
  '\uff3b',
  '\uff3d',
  '\u2053',
  '\u223c',
  '\uff5e',
  '\uff0b',
  '\uff0b44\u00a0',
  '\uff58',
  '\uff45\uff58\uff54',
  '\u0434\u043e\u0431',
  'extensi\u00f3n',
  'extensio\u0301n ',
  '\u201c',
  '\u201d',
  '\u2019',
  '\u2026',
  '\u00e9',
  '\u00f1',
  '\u0301',
  '\u00df',
  '\u03b1',
  '\u0414',
  '\u20ac',
  '\u00a3',
  '\u00b2',
  '\u00bd',
  '\u00ba',
  '\u1e9e',
  '\u0663',
];

function noisy(random: () => number, n: number, other = false): string {
  let text = '';
  while (text.length < n) {
    if (random() < 0.55) {
      const length = 1 + Math.floor(random() * (random() < 0.8 ? 12 : 24));
      text += Array.from({ length }, () => String(Math.floor(random() * 10))).join('');
    } else if (other && random() < 0.5) text += OTHER_PARTS[Math.floor(random() * OTHER_PARTS.length)] ?? ' ';
    else text += PARTS[Math.floor(random() * PARTS.length)] ?? ' ';
  }
  return text;
}

function differences(text: string): string[] {
  const wrong: string[] = [];
  for (const country of COUNTRIES) {
    const mine = findInText(text, country);
    if (!mine) continue;
    const library = findPhoneNumbersInText(text, country).map((f) => ({ start: f.startsAt, end: f.endsAt }));
    if (JSON.stringify(mine) !== JSON.stringify(library))
      wrong.push(`${country}: ${JSON.stringify(text)} ${JSON.stringify(mine)} ${JSON.stringify(library)}`);
  }
  return wrong;
}

describe('findInText finds what findPhoneNumbersInText finds', () => {
  it('on random mixes of digits, punctuation, extensions, dates, "+" and prefixes', () => {
    const random = rng(41);
    const wrong: string[] = [];
    let found = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 5 + Math.floor(random() * 70));
      wrong.push(...differences(text));
      found += findInText(text, 'IN')?.length ?? 0;
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });

  it('on random mixes with characters outside ASCII (no-break spaces, dashes, letters, marks)', () => {
    const random = rng(43);
    const wrong: string[] = [];
    let found = 0;
    let read = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 5 + Math.floor(random() * 70), true);
      wrong.push(...differences(text));
      const mine = findInText(text, 'IN');
      if (mine) read++;
      found += mine?.length ?? 0;
    }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThan(1000);
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

  it('parses a number written with "+" the same for every default country (parsed once)', () => {
    const random = rng(47);
    const differ: string[] = [];
    let valid = 0;
    for (let i = 0; i < 3000; i++) {
      const text = '+' + noisy(random, 6 + Math.floor(random() * 20), random() < 0.3);
      const outcomes = COUNTRIES.map((c) => {
        const n = parsePhoneNumber(text, c);
        return JSON.stringify(n?.isPossible() && n.isValid() ? [n.number, n.ext] : null);
      });
      if (outcomes[0] !== 'null') valid++;
      if (new Set(outcomes).size > 1) differ.push(`${JSON.stringify(text)} ${outcomes.join(' ')}`);
    }
    expect(differ).toEqual([]);
    expect(valid).toBeGreaterThan(100);
  });

  it('reads text outside ASCII, and declines digits of other scripts', () => {
    expect(findInText('appelez le 020\u00a07946\u00a00321 \u00e9', 'GB')).toEqual([{ start: 11, end: 24 }]);
    expect(findInText('call 020 7946 0321 \u0663', 'GB')).toBeUndefined();
  });
});
