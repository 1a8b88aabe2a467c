import { findPhoneNumbersInText } from 'libphonenumber-js';
import { mayFindIn } from '../../../lib/privacy/phone-candidates';
import { COUNTRIES, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';

// mayFindIn may say "false" only where the library finds nothing: these tests read every window it
// rejects with the library and fail on any find (a filter that rejected too much would change the
// detector's output).
const PARTS = [
  '+',
  '(',
  ')',
  '[',
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
  ' x',
  'x',
  '#',
  '~',
  '%',
  '$',
  'TX',
  'call ',
  '\n',
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
  '\u00e9',
  // Outside ASCII: the library's punctuation, "+" and brackets, other spaces, letters, extension
  // labels, numerals (read: not modelled).
  '\u00a0',
  '\u00a0\u00a0',
  '\u202f',
  '\u2010',
  '\u2013',
  '\u2014',
  '\u2212',
  '\uff0d',
  '\uff0e',
  '\u00ad',
  '\u200b',
  '\u3000',
  '\uff08',
  '\uff09',
  '\u223c',
  '\uff5e',
  '\uff0b',
  '\uff0b44\u00a0',
  '\uff58',
  '\u0434\u043e\u0431',
  'extensi\u00f3n',
  '\u201c',
  '\u03b1',
  '\u00b2',
  '\u0663',
];

/** Digits (1 to 24 at a time, some with leading zeros), punctuation, labels and letters mixed. */
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

function unsound(text: string): string[] {
  const wrong: string[] = [];
  for (const country of COUNTRIES)
    if (!mayFindIn(text, country) && findPhoneNumbersInText(text, country).length > 0)
      wrong.push(`${country}: ${JSON.stringify(text)}`);
  return wrong;
}

describe('mayFindIn rejects only windows where the library finds nothing', () => {
  it('on random mixes of digits, punctuation, extensions, "+" and international prefixes', () => {
    const random = rng(17);
    const wrong: string[] = [];
    let rejected = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 8 + Math.floor(random() * 60));
      wrong.push(...unsound(text));
      rejected += COUNTRIES.filter((c) => !mayFindIn(text, c)).length;
    }
    expect(wrong).toEqual([]);
    // It must also reject something, or the property above says nothing.
    expect(rejected).toBeGreaterThan(1000);
  });

  it.each(LONG_SETS)('on the windows of generated %s requests', (set) => {
    const wrong: string[] = [];
    for (const text of longInputs(set, 23, 1).slice(0, 4))
      for (const w of phoneWindows(text)) wrong.push(...unsound(text.slice(w.start, w.end)));
    expect(wrong).toEqual([]);
  });

  it('keeps windows the library finds numbers in, and rejects card groups, dates and glued ids', () => {
    for (const text of [
      'call 555 1234 x1234567892125550123 now',
      'ring +44 20 7946 0321 ext. 45',
      'or 020 7946 0321 x 7',
      'ip=29.97.252.210\n',
      'payment 132040276744 settled',
      'dial 011 44 20 7946 0321',
    ])
      for (const country of COUNTRIES)
        if (findPhoneNumbersInText(text, country).length > 0) expect(mayFindIn(text, country)).toBe(true);
    for (const text of ['date 2026-03-05, amount -2303.84', ',TX5917890723,', ',4095 6996 2898 5212,'])
      for (const country of COUNTRIES) expect(mayFindIn(text, country)).toBe(false);
  });
});
