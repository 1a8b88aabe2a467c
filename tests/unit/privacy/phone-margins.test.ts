import { glued, reach } from '../../../lib/privacy/phone-margins';
import { phoneRuns } from '../../../lib/privacy/phone-runs';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';

// The regular-expression versions phone-margins.ts replaced, verbatim.
const LEAD = /[([\uFF08\uFF3B+\uFF0B]/;
const FIRST_DIGIT = /\d/;
const LATIN_OR_PERCENT = /[A-Za-z%]/;
const LATIN = /[A-Za-z\u00C0-\u024F]|\u0301/;
const EXTENSION_LABELS = new Set(
  ['x', 'xt', 'xtn', 'ext', 'extn', 'int', 'anexo'].concat(
    ['xtensi', 'extensi'].flatMap((w) => [
      w + 'on',
      w + 'o\u0301n',
      w + '\u00f3n',
      w + 'o',
      w + 'o\u0301',
      w + '\u00f3',
    ]),
  ),
);
function gluedByRegex(text: string, at: number, run: string): boolean {
  if (LEAD.test(run)) return false;
  const groups = run.match(/\d+/g) ?? [];
  const only = groups[0];
  if (groups.length !== 1 || !only || only.length > 20) return false;
  const first = at + run.search(FIRST_DIGIT);
  if (first === 0 || !LATIN_OR_PERCENT.test(text[first - 1] ?? '')) return false;
  let from = first - 1;
  while (from > 0 && LATIN.test(text[from - 1] ?? '')) from--;
  return !EXTENSION_LABELS.has(text.slice(from, first).toLowerCase());
}
const NOT_DIGIT = /[^\p{Nd}\n]/u;
const EXTENSION_START = /[ \xA0\t,;]/;
const EXTENSION_GAP = /[ \xA0\t,\-:.\uFF0E]/;
const DIGIT_AT = /\p{Nd}/u;
function reachByRegex(text: string, end: number): number {
  let at = end;
  const skip = (allowed: RegExp, most = Infinity) => {
    for (let n = 0; n < most && at < text.length && allowed.test(text[at] ?? ''); n++) at++;
  };
  skip(EXTENSION_START);
  skip(NOT_DIGIT, 12);
  skip(EXTENSION_GAP);
  skip(DIGIT_AT, 20);
  if (text[at] === '#') at++;
  return at + 4;
}

const PIECES = [
  '0',
  '7',
  '42',
  '5551234',
  '123456789012345678901',
  ' ',
  '-',
  '.',
  '/',
  '(',
  ')',
  '[',
  '+',
  '\uFF0B',
  '\uFF08',
  '\uFF3B',
  '#',
  ',',
  ';',
  ':',
  '\t',
  '\n',
  '\u00A0',
  '\uFF0E',
  '%',
  'a',
  'x',
  'X',
  'ext',
  'EXT',
  'extensio\u0301n',
  'extensión',
  'anexo',
  'int',
  'TX',
  '\u00E9',
  '\u0250',
  '\u0301',
  '\u0663',
  '\uFF11',
  '\u{1D7CE}',
  '\uD800',
  '\u{1F600}',
  'Ω',
];

function check(text: string) {
  for (const run of phoneRuns(text)) {
    expect([text, run.start, glued(text, run.start, run.end)]).toEqual([
      text,
      run.start,
      gluedByRegex(text, run.start, text.slice(run.start, run.end)),
    ]);
    expect([text, run.end, reach(text, run.end)]).toEqual([text, run.end, reachByRegex(text, run.end)]);
  }
}

describe('phone margins by char codes', () => {
  it('answer as the regular expressions did on random mixes', () => {
    const random = rng(53);
    for (let i = 0; i < 4000; i++) {
      let text = '';
      const n = Math.floor(random() * 30);
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
      check(text);
      // reach from every offset, not only run ends.
      for (let at = 0; at <= text.length; at++)
        expect([text, at, reach(text, at)]).toEqual([text, at, reachByRegex(text, at)]);
    }
  });
  it('tell extension labels from other letters before a run as the label set does', () => {
    // glued() skips the label lookup by first letter and length: every label, in any case, with a
    // letter before or after it, or cut short, must still be told apart.
    const words = [...EXTENSION_LABELS, 'TX', 'BARC', 'acc', '\u0130nt', 'I\u0307nt', '\u00C9xt'];
    for (const word of words)
      for (const w of [word, word.toUpperCase(), word.slice(1), word.slice(0, -1), 'b' + word, word + 'e'])
        for (const gap of ['', '-', ' '])
          for (const text of [`${w}${gap}4155550123`, `call ${w}${gap}1234567890123 now`]) check(text);
  });
  it('answer as the regular expressions did on the bench sets', () => {
    for (const set of LONG_SETS) for (const text of longInputs(set, 3, 1)) check(text);
  });
});
