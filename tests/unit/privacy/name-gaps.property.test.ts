import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../../lib/privacy/lexicon';
import { joins, startsSentence } from '../../../lib/privacy/names';
import type { Token, Tokens } from '../../../lib/privacy/normalize';

// The regex forms joins() and startsSentence() had before their character-code paths: the reference.
// names.ts's LEGAL_FORMS, copied.
const LEGAL = new Set([
  'inc',
  'ltd',
  'llc',
  'corp',
  'corporation',
  'company',
  'co',
  'gmbh',
  'plc',
  'limited',
]);
function joinsByRegex(gap: string, a: Token, b: Token, legal: (norm: string) => boolean): boolean {
  if (/^[ \t]{1,2}$|^[-&]$|^ ?& ?$/.test(gap)) return true;
  if (/^, ?$/.test(gap) && legal(b.norm)) return true;
  return /^\. ?$/.test(gap) && (a.norm.length === 1 || ABBREVIATIONS.has(a.norm));
}
function startsByRegex(gap: string, prev: Token): boolean {
  if (/[.]/.test(gap) && (prev.norm.length === 1 || ABBREVIATIONS.has(prev.norm))) return false;
  return /[.!?:;\n\r"“(•*#>|]|^\s*-\s/.test(gap);
}

const gapChars = [
  ' ',
  '\t',
  '-',
  '&',
  ',',
  '.',
  '!',
  '?',
  ':',
  ';',
  '\n',
  '\r',
  '"',
  '“',
  '(',
  '•',
  '*',
  '#',
  '>',
  '|',
  'x',
  '\u00a0',
  '–',
];
const gap = fc.array(fc.constantFrom(...gapChars), { minLength: 0, maxLength: 4 }).map((cs) => cs.join(''));
const word = fc.constantFrom('Dr', 'mr', 'A', 'Anna', 'Rey', 'Inc', 'Ltd', 'co', 'Group', 'Harbour');

/** The text, its two words one object each, and the same words as columns (what names.ts reads). */
function pair(left: string, g: string, right: string): [string, Token, Token, Tokens] {
  const text = `${left}${g}${right}`;
  const a: Token = { start: 0, end: left.length, raw: left, norm: left.toLowerCase() };
  const start = left.length + g.length;
  const b: Token = { start, end: start + right.length, raw: right, norm: right.toLowerCase() };
  const columns: Tokens = {
    count: 2,
    starts: Int32Array.of(a.start, b.start),
    ends: Int32Array.of(a.end, b.end),
    raws: [a.raw, b.raw],
    norms: [a.norm, b.norm],
  };
  return [text, a, b, columns];
}

describe('name gaps read by character code', () => {
  it('startsSentence answers as its regexes do', () => {
    fc.assert(
      fc.property(word, gap, word, (left, g, right) => {
        const [text, a, , columns] = pair(left, g, right);
        expect(startsSentence(text, columns, 1)).toBe(startsByRegex(g, a));
      }),
      { numRuns: 3000 },
    );
  });

  it('joins answers as its regexes do', () => {
    fc.assert(
      fc.property(word, gap, word, (left, g, right) => {
        const [text, a, b, columns] = pair(left, g, right);
        const legal = (norm: string) => LEGAL.has(norm);
        expect(joins(text, columns, 0, 1)).toBe(joinsByRegex(g, a, b, legal));
      }),
      { numRuns: 3000 },
    );
  });
});
