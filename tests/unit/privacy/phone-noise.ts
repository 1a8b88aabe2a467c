/**
 * Noisy text for the phone tests: digit runs mixed with the pieces numbers are written with, and the
 * pieces that trip readers up. Each test picks the groups it claims something about; one generator, so
 * the tests do not drift apart.
 */

/** ASCII: run punctuation, brackets, extension labels and marks, letters, prefixes and calling codes. */
export const ASCII_PARTS = [
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
];

/** Outside ASCII: the library's punctuation, "+" and brackets, other spaces, letters, extension labels
 * and numerals (read: not modelled). */
export const OUTSIDE_ASCII_PARTS = [
  '\u00e9',
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

/** ASCII the matcher's own steps look for: closing brackets, upper-case labels, tabs, dates, times and
 * ranges (its bracket, date, time-stamp and second-number checks). */
export const MATCHER_ASCII_PARTS = [
  ']',
  'EXT',
  'X',
  '\t',
  '/ x',
  '-- ',
  ' - ',
  '12/10/2011',
  '2012-01-02 08',
  ':30',
  '211-227 (2003',
];

/** More outside ASCII for the matcher: thin and other spaces, dashes, brackets, full-width labels,
 * combining marks, currency and fractions. */
export const MATCHER_OUTSIDE_ASCII_PARTS = [
  '\u2009',
  '\u2012',
  '\u2015',
  '\u30fc',
  '\uff0f',
  '\u2060',
  '\uff3b',
  '\uff3d',
  '\u2053',
  '\uff45\uff58\uff54',
  'extensio\u0301n ',
  '\u201d',
  '\u2019',
  '\u2026',
  '\u00f1',
  '\u0301',
  '\u00df',
  '\u0414',
  '\u20ac',
  '\u00a3',
  '\u00bd',
  '\u00ba',
  '\u1e9e',
];

/** All of the above: what a text around phone numbers may hold, in and outside ASCII. */
export const ALL_PARTS = [
  ...ASCII_PARTS,
  ...MATCHER_ASCII_PARTS,
  ...OUTSIDE_ASCII_PARTS,
  ...MATCHER_OUTSIDE_ASCII_PARTS,
];

/** Units the scan must step over without reading: an IDD-like run, a full-width and an astral digit,
 * and a lone surrogate. */
export const UNREAD_PARTS = ['000800', '\uff11', '\u{1D7CE}', '\ud800'];

/**
 * Text of at least `n` characters: 55 % digit runs (1 to 12 digits, sometimes 24), a `longRuns` share
 * of long grouped runs (10 to 30 groups joined by spaces or hyphens, read in pieces), the rest `parts`.
 */
export function noisyText(random: () => number, n: number, parts: readonly string[], longRuns = 0): string {
  let text = '';
  while (text.length < n) {
    const r = random();
    if (r < 0.55) {
      const length = 1 + Math.floor(random() * (random() < 0.8 ? 12 : 24));
      text += Array.from({ length }, () => String(Math.floor(random() * 10))).join('');
    } else if (r < 0.55 + longRuns) {
      const groups = 10 + Math.floor(random() * 20);
      for (let g = 0; g < groups; g++)
        text += `${Math.floor(random() * 100000)}${random() < 0.5 ? ' ' : '-'}`;
    } else text += parts[Math.floor(random() * parts.length)] ?? ' ';
  }
  return text;
}
