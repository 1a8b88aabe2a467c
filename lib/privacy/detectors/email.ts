import { anchoredMatches } from '../anchored-matches';
import type { Detector } from '../types';

/**
 * An e-mail address (the TLD in letters); salient.ts finds them in the user's facts with it too. A
 * match starts only where a run of address characters starts: without that, a long run with no "@"
 * is rescanned from each of its characters (quadratic).
 */
export const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// The detector tries EMAIL only at the start of the run of address characters before each "@"
// (anchored-matches.ts): an address is that run, then its "@".
const EMAIL_AT = new RegExp(EMAIL.source, 'uy');
const AT = /@/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ADDRESS_ASCII = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-')
  ADDRESS_ASCII[ch.charCodeAt(0)] = 1;

/** Code units of the address character (one code point, as the u flag reads it) ending before `at`. */
function addressCharBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (code < 128) return ADDRESS_ASCII[code] === 1 ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  // A low surrogate after a high one is half of one code point: test the pair.
  const high = text.charCodeAt(at - 2);
  const pair = code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const width = pair ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(at - width, at)) ? width : 0;
}

/** E-mail addresses. */
export const emailDetector: Detector = {
  id: 'email',
  role: 'pattern',
  detect: (text) =>
    (text.includes('@') ? anchoredMatches(text, AT, addressCharBefore, EMAIL_AT) : []).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'EMAIL' as const,
      source: 'pattern: e-mail',
    })),
};
