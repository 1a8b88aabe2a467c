import fc from 'fast-check';
import { scanText, type TextScan } from '../../../lib/privacy/forms/text-scan';
import { forgetRedacted } from '../../../lib/privacy/redaction-note';
import { blanked, blankingsOf, noteBlanks } from './blanked-texts';

// What the walk looks for (digit runs, month and ordinal words, the places an "at" may start) and what
// stands next to it: separators, letters and digits outside ASCII, spaces of other kinds, characters
// outside the BMP. Ordinals and other scripts' digits are rare, so that most texts are spliced.
const PIECES = [
  ...'0123456789',
  '2026',
  '14',
  ...".,'’/-:+()[]_@<{ \n\t",
  '\u00a0',
  '\u202f',
  'March',
  'mar',
  'Mar.',
  'märz',
  'MAY',
  'décembre',
  'Juni',
  'Müller',
  'Παπαδόπουλος',
  'ß',
  'Σ',
  '𝐌𝐚𝐫𝐜𝐡',
  'e\u0301',
  'at',
  ' at ',
  ' AT\t',
  'a',
  't',
  'x',
  'of',
  'the',
  'Amara',
  'Okafor',
  'nº',
];
const RARE = ['third', 'First', '٣', '𝟏'];
const piece = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...PIECES) }, fc.constantFrom(...RARE));
// Words before or after the generated part, so that the blanks are far enough apart to be spliced
// (text-scan.ts: SPLICE_SPACING); the values are cut from the generated part.
const PAD = ' and so on, by 12 March at noon '.repeat(12);
const core = fc.array(piece, { minLength: 1, maxLength: 50 }).map((p) => p.join(''));

/** A text, disjoint ranges of its generated part in reading order, and a blank length for each. */
const redacted = fc.tuple(core, fc.boolean()).chain(([middle, padFirst]) => {
  const from = padFirst ? PAD.length : 0;
  return blankingsOf(padFirst ? PAD + middle : middle + PAD, 14, from, from + middle.length);
});

/** A scan's findings as plain values (its runs are a view of a buffer the next scan writes over). */
const seen = (scan: TextScan) => ({
  runs: [...scan.runs],
  ats: [...scan.ats],
  months: [...scan.months],
  ordinal: scan.ordinal,
  otherDigits: scan.otherDigits,
});

/** The scan of `text` walked from its start: nothing noted, and another text walked last. */
function walked(text: string) {
  forgetRedacted();
  scanText('\u0000');
  return seen(scanText(text));
}

describe('scanText of the redacted text blanked', () => {
  afterEach(forgetRedacted);

  it('finds what a walk of the whole text finds', () => {
    fc.assert(
      fc.property(redacted, ([base, ranges, blanks]) => {
        scanText(base);
        noteBlanks(base, ranges, blanks);
        const target = blanked(base, ranges, blanks);
        const spliced = seen(scanText(target));
        expect(spliced).toEqual(walked(target));
      }),
      { numRuns: 3000, seed: 18 },
    );
  });

  it('walks a text that is not the walked one blanked', () => {
    fc.assert(
      fc.property(redacted, fc.nat(), fc.constantFrom(...PIECES), ([base, ranges, blanks], at, written) => {
        scanText(base);
        noteBlanks(base, ranges, blanks);
        const target = blanked(base, ranges, blanks);
        // One piece written over the text somewhere, at the same length where it fits.
        const where = at % (target.length + 1);
        const edited = (target.slice(0, where) + written + target.slice(where + written.length)).slice(
          0,
          Math.max(target.length, where + written.length),
        );
        const scan = seen(scanText(edited));
        expect(scan).toEqual(walked(edited));
      }),
      { numRuns: 1500, seed: 19 },
    );
  });
});
