import { noCandidateHolds } from '../../../lib/privacy/phone-candidate-end';
import { PATTERN_SOURCE } from '../../../lib/privacy/phone-matcher';
import { rng } from '../../../scripts/privacy-synthetic';
import { ALL_PARTS, noisyText } from './phone-noise';

// The matcher's candidates at each start: the greedy match of its pattern there (sticky).
const AT = new RegExp(PATTERN_SOURCE, 'iy');
/** Where the candidate starting at `start` ends, or -1. */
function candidateEnd(text: string, start: number): number {
  AT.lastIndex = start;
  const m = AT.exec(text);
  return m ? start + m[0].length : -1;
}

// The phone tests' noise (phone-noise.ts: digit runs, run punctuation, extension labels and marks,
// the library's punctuation outside ASCII), with what follows a number in lists and tables.
const AFTER_A_NUMBER = ['home', 'High St', 'Mill Lane', '"Anna"', '|', '@', '=', '\t', '\r\n', 'b', 'q', 'Z'];
const PARTS = [...ALL_PARTS, ...AFTER_A_NUMBER];

describe('noCandidateHolds', () => {
  it('holds only where no candidate starting before a place runs on past it', () => {
    const random = rng(61);
    let held = 0;
    let said = 0;
    for (let i = 0; i < 3000; i++) {
      const text = noisyText(random, 30 + Math.floor(random() * 40), PARTS);
      const ends = Array.from({ length: text.length }, (_, s) => candidateEnd(text, s));
      for (let at = 0; at <= text.length; at++) {
        if (!noCandidateHolds(text, at)) continue;
        said++;
        const across = ends.findIndex((end, s) => s < at && end > at);
        if (across >= 0) held++;
        expect([text, at, across]).toEqual([text, at, -1]);
      }
    }
    expect(held).toBe(0);
    // It said so often enough to matter.
    expect(said).toBeGreaterThan(5000);
  });

  it('ends a number at a line break, a CSV field or the text, and not before an extension', () => {
    const number = '07911 123456';
    const at = number.length;
    for (const after of [
      '',
      '\n',
      '\r\n',
      ',home',
      ', High St',
      ',"Anna"',
      ' | next',
      ',, bob',
      ' \u2014 merci',
      '\u00a0',
    ])
      expect([after, noCandidateHolds(number + after, at)]).toEqual([after, true]);
    for (const after of [
      ',12',
      ' 7',
      ' ext 12',
      ',ext. 9',
      ' x 44',
      ';ext=3',
      '#',
      ' - 12#',
      '\u00a0 7',
      ' \u2014 \uff11',
      ', \uff58 1',
    ])
      expect([after, noCandidateHolds(number + after, at)]).toEqual([after, false]);
  });
});
