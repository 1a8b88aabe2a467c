import { findNames } from '../names';
import { tokensOf } from '../normalize';
import type { Detector, Finding } from '../types';

const NAME_OPTIONS = { midSentenceWords: false };

/**
 * Names, organisations and places the user never stored: capitalised spans that contain a word which
 * is neither ordinary English nor a well-known name (see names.ts). Tuned for precision: "Excel
 * formulas" and "the French Revolution" stay.
 */
export const properNamesDetector: Detector = {
  id: 'proper-names',
  role: 'heuristic',
  detect: (text) => {
    const found: Finding[] = [];
    // Spelled out rather than spread: a spread copy costs several times more per span.
    for (const { start, end, kind } of findNames(text, tokensOf(text), NAME_OPTIONS))
      found.push({ start, end, kind, source: 'looks like a name' });
    return found;
  },
};
