import { findNames } from '../names';
import { tokensOf } from '../normalize';
import type { Detector } from '../types';

/**
 * Names, organisations and places the user never stored: capitalised spans that contain a word which
 * is neither ordinary English nor a well-known name (see names.ts). Tuned for precision: "Excel
 * formulas" and "the French Revolution" stay.
 */
export const properNamesDetector: Detector = {
  id: 'proper-names',
  role: 'heuristic',
  detect: (text) =>
    // Spelled out rather than spread: a spread copy costs several times more per span.
    findNames(text, tokensOf(text), { midSentenceWords: false }).map(({ start, end, kind }) => ({
      start,
      end,
      kind,
      source: 'looks like a name',
    })),
};
