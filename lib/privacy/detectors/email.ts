import type { Detector } from '../types';

/**
 * An e-mail address (the TLD in letters); salient.ts finds them in the user's facts with it too. A
 * match starts only where a run of address characters starts: without that, a long run with no "@"
 * is rescanned from each of its characters (quadratic).
 */
export const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** E-mail addresses. */
export const emailDetector: Detector = {
  id: 'email',
  role: 'pattern',
  detect: (text) =>
    (text.includes('@') ? [...text.matchAll(EMAIL)] : []).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'EMAIL' as const,
      source: 'pattern: e-mail',
    })),
};
