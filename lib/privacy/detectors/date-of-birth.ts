import { DATE_SOURCE } from '../date-forms';
import { allMatches, hasAsciiDigit } from '../pattern-gates';
import type { Detector } from '../types';

// A date introduced as a birth date: "born on 3 March 1985", "DOB: 03/03/1985", "birthday is May 2, 1990".
export const DOB = new RegExp(
  `\\b(?:born(?:\\s+on)?|date\\s+of\\s+birth|d\\.?o\\.?b\\.?|birth\\s*date|birthday(?:\\s+is)?)\\s*[:\\-]?\\s*(${DATE_SOURCE})`,
  'gi',
);

// Every DOB match holds "born", "birth" (also in "date of birth", "birth date", "birthday") or d.o.b, in
// any case: a text without one has no date of birth, and DOB is not run over it. Why a gate, when DOB
// alone scans as fast: V8 drops a regex's compiled code in a major GC and compiles it again at the next
// call; this small gate compiles in no time, while DOB (every date form) then cost 5-20 ns per
// character of a long text. tests/unit/privacy/pattern-gates.property.test.ts checks the claim.
export const DOB_GATE = /born|birth|d\.?o\.?b/i;

/** Dates of birth. Other dates are ordinary and stay. */
export const dateOfBirthDetector: Detector = {
  id: 'date-of-birth',
  role: 'pattern',
  // Every date form of DATE_SOURCE holds a \d: a text without a digit has no date of birth.
  detect: (text) =>
    (hasAsciiDigit(text) && DOB_GATE.test(text) ? allMatches(text, DOB) : []).flatMap((m) => {
      const date = m[1];
      if (!date) return [];
      const start = m.index + m[0].lastIndexOf(date);
      return [
        {
          start,
          end: start + date.length,
          kind: 'DATE' as const,
          source: 'pattern: date of birth',
        },
      ];
    }),
};
