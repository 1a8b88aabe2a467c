import { allMatches, hasAsciiDigit, ID_AND_ADDRESS_GATE } from '../pattern-gates';
import type { Detector, Finding } from '../types';

// US social security number: no 000/666/9xx area, no 00 group, no 0000 serial.
export const SSN = /\b(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}\b/g;
// UK National Insurance number.
export const NINO =
  /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
// Any identifier introduced by what it is: "passport no. X1234567", "employee ID: 48213".
export const LABELLED =
  /\b(?:passport|licen[cs]e|account|acct|member(?:ship)?|policy|employee|staff|student|patient|customer|client|tax|social security|national insurance|ssn|sin|nin|aadhaar|pan|nric|routing|sort code)\s*(?:no\.?|number|num|#|id|code)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,}[0-9][A-Z0-9-]*)/gi;

// SSN with either separator at each place: it matches wherever SSN does (SSN asks the two to be the
// same), with no backreference, so it can join the gate's alternation (pattern-gates.ts).
export const SSN_GATE = String.raw`\b(?!000|666|9\d\d)\d{3}[- ]?(?!00)\d{2}[- ]?(?!0000)\d{4}\b`;
ID_AND_ADDRESS_GATE.add(SSN_GATE);
ID_AND_ADDRESS_GATE.add(NINO.source);

function spansOf(text: string, re: RegExp, source: string, group = 0, from = 0): Finding[] {
  const spans: Finding[] = [];
  for (const m of allMatches(text, re, from)) {
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
    const labelled = spansOf(text, LABELLED, 'pattern: labelled identifier', 1);
    // Neither SSN nor NINO matches before the gate's first match (none when there is none).
    const from = ID_AND_ADDRESS_GATE.firstIndex(text);
    if (from < 0) return labelled;
    // SSNs written without separators are only taken when labelled; bare 9-digit runs are too common.
    const ssn = spansOf(text, SSN, 'pattern: US social security number', 0, from).filter((s) =>
      /[- ]/.test(text.slice(s.start, s.end)),
    );
    return [...ssn, ...spansOf(text, NINO, 'pattern: UK National Insurance number', 0, from), ...labelled];
  },
};
