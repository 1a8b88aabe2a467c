import { matchesAtRuns, ninoStarts, ssnStarts } from '../digit-run-starts';
import { allMatches, hasAsciiDigit } from '../pattern-gates';
import type { Detector, Finding } from '../types';

// US social security number: no 000/666/9xx area, no 00 group, no 0000 serial.
export const SSN = /\b(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}\b/g;
// UK National Insurance number.
export const NINO =
  /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
// Any identifier introduced by what it is: "passport no. X1234567", "employee ID: 48213".
export const LABELLED =
  /\b(?:passport|licen[cs]e|account|acct|member(?:ship)?|policy|employee|staff|student|patient|customer|client|tax|social security|national insurance|ssn|sin|nin|aadhaar|pan|nric|routing|sort code)\s*(?:no\.?|number|num|#|id|code)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,}[0-9][A-Z0-9-]*)/gi;

// SSN and NINO tried only where a match can start (digit-run-starts.ts): at a run of three or nine
// digits, and two capitals (and a space) before a run of two, four or six.
const SSN_AT = new RegExp(SSN.source, 'y');
const NINO_AT = new RegExp(NINO.source, 'y');

function spansOf(matches: RegExpExecArray[], source: string, group = 0): Finding[] {
  const spans: Finding[] = [];
  for (const m of matches) {
    const value = m[group];
    if (!value) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, kind: 'ID', source });
  }
  return spans;
}

/** National identifiers (US SSN, UK NINO) and any number labelled as an identifier. */
export const nationalIdDetector: Detector = {
  id: 'national-id',
  role: 'pattern',
  detect: (text) => {
    // Every pattern here holds a digit (\d, or [0-9] in the labelled value): none can match without one.
    if (!hasAsciiDigit(text)) return [];
    const labelled = spansOf(allMatches(text, LABELLED), 'pattern: labelled identifier', 1);
    // SSNs written without separators are only taken when labelled; bare 9-digit runs are too common.
    const ssn = spansOf(matchesAtRuns(text, SSN_AT, ssnStarts), 'pattern: US social security number').filter(
      (s) => /[- ]/.test(text.slice(s.start, s.end)),
    );
    const nino = spansOf(matchesAtRuns(text, NINO_AT, ninoStarts), 'pattern: UK National Insurance number');
    return [...ssn, ...nino, ...labelled];
  },
};
