import { matchesAtRuns, ukPostcodeStarts, zipStarts } from '../digit-run-starts';
import { allMatches, hasAsciiDigit, holdsAsciiFolded } from '../pattern-gates';
import type { Detector, Finding } from '../types';
import { europeanStreets } from '../street-europe';
import { EUROPEAN_STREETS } from '../street-europe-shapes';

const STREET_TYPE =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Row|Walk|Gardens|Grove)';
// "1428 Elm Street", "221B Baker St., Apt 4": a house number, 1–4 capitalised words, a street type.
const STREET = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?\\s+(?:[\\p{Lu}][\\p{L}'-]*\\.?\\s+){1,4}${STREET_TYPE}\\b\\.?(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s*[\\w-]+)?`,
  'gu',
);
// Every STREET match holds a street type followed by a word boundary (the same alternation, the same
// \b): a text without one has no street address, and STREET, tried at every number of a table or a
// log, is not run over it. tests/unit/privacy/pattern-gates.property.test.ts checks the claim.
export const STREET_GATE = new RegExp(`${STREET_TYPE}\\b`, 'u');
// Post codes with their context: US state + ZIP, UK postcode, "P.O. Box 12".
const US_ZIP = /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g;
// "P.O. Box" in any case, spelled out as [Pp]…: without the u flag the i flag matches an ASCII letter's
// two cases and nothing else, so this is /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi to the letter. Why: V8 drops
// a regex's compiled code in a major GC and recompiles it at the next call; compiled with the i flag
// this one then cost ~10 ns per character of a long text (0.6 ns spelled out), and the privacy stage
// collects garbage often. tests/unit/privacy/case-spelled.property.test.ts compares the two.
const PO_BOX = /\b[Pp]\.?\s?[Oo]\.?\s+[Bb][Oo][Xx]\s+\d+\b/g;

/** Exported for the test that each needs a digit (tests/unit/privacy/pattern-gates.property.test.ts). */
export const PATTERNS = [STREET, US_ZIP, UK_POSTCODE, PO_BOX, ...EUROPEAN_STREETS];

// The post codes tried only where they can start (digit-run-starts.ts): capitals and white space
// before a run of five digits (US), one or two capitals before a run of one or two (UK).
const US_ZIP_AT = new RegExp(US_ZIP.source, 'y');
const UK_POSTCODE_AT = new RegExp(UK_POSTCODE.source, 'y');

/** Street addresses (English, and continental: ../street-europe.ts), post codes and P.O. boxes. */
export const streetAddressDetector: Detector = {
  id: 'street-address',
  role: 'pattern',
  detect: (text) => {
    const spans: Finding[] = [];
    // Each pattern holds a \d (a house number, a ZIP, a postcode, a box number): none matches without one.
    if (!hasAsciiDigit(text)) return spans;
    const push = (matches: RegExpExecArray[]) => {
      for (const m of matches)
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          kind: 'ADDRESS',
          source: 'pattern: street address',
        });
    };
    if (STREET_GATE.test(text)) push(allMatches(text, STREET));
    push(matchesAtRuns(text, US_ZIP_AT, zipStarts));
    push(matchesAtRuns(text, UK_POSTCODE_AT, ukPostcodeStarts));
    // Every P.O. box holds "box" in some case: most texts have none, and the pattern is not run there.
    if (holdsAsciiFolded(text, 'box')) push(allMatches(text, PO_BOX));
    for (const matches of europeanStreets(text)) push(matches);
    return spans;
  },
};
