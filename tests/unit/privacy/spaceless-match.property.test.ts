import fc from 'fast-check';
import { matchSpaceless, type SpacelessEntry } from '../../../lib/privacy/spaceless';
import type { Finding } from '../../../lib/privacy/types';

/** As first written: the text searched once per entry, every occurrence (overlapping ones too). */
function reference(text: string, entries: readonly SpacelessEntry[]): Finding[] {
  if (entries.length === 0 || !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(text)) return [];
  const folded = text.normalize('NFKC').toLowerCase();
  const scanned = folded.length === text.length ? folded : text.toLowerCase();
  const spans: Finding[] = [];
  for (const entry of entries)
    for (let at = scanned.indexOf(entry.text); at !== -1; at = scanned.indexOf(entry.text, at + 1))
      spans.push({ start: at, end: at + entry.text.length, kind: entry.kind, source: entry.source });
  return spans;
}

// Few characters, so entries share first characters and occur, overlapping ("王王王"), in the text;
// an astral Han character (two code units), kana, Hangul, Latin in both cases, a full-width letter
// (folding changes the length, so the text is only lower-cased).
const char = fc.constantFrom('王', '小', '明', '李', '𠀀', 'さ', 'ん', '민', '준', 'a', 'A', 'Ａ', ' ');
const entryText = fc.array(char, { minLength: 2, maxLength: 4 }).map((c) => c.join('').toLowerCase());

describe('matchSpaceless', () => {
  it('finds what searching the text once per entry finds, in the same order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entryText, { maxLength: 12 }),
        fc.array(char, { maxLength: 60 }),
        (texts, chars) => {
          const entries: SpacelessEntry[] = texts.map((text, i) => ({
            text,
            kind: 'PERSON',
            source: `e${i}`,
          }));
          const text = chars.join('');
          expect(matchSpaceless(text, entries)).toEqual(reference(text, entries));
        },
      ),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});
