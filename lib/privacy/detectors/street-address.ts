import type { Detector, Finding } from '../types';

const STREET_TYPE =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Row|Walk|Gardens|Grove)';
// "1428 Elm Street", "221B Baker St., Apt 4": a house number, 1–4 capitalised words, a street type.
const STREET = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?\\s+(?:[\\p{Lu}][\\p{L}'-]*\\.?\\s+){1,4}${STREET_TYPE}\\b\\.?(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s*[\\w-]+)?`,
  'gu',
);
// Post codes with their context: US state + ZIP, UK postcode, "P.O. Box 12".
const US_ZIP = /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g;
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi;

/** Street addresses, post codes and P.O. boxes. */
export const streetAddressDetector: Detector = {
  id: 'street-address',
  role: 'pattern',
  detect: (text) => {
    const spans: Finding[] = [];
    for (const re of [STREET, US_ZIP, UK_POSTCODE, PO_BOX]) {
      for (const m of text.matchAll(re)) {
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          kind: 'ADDRESS',
          source: 'pattern: street address',
        });
      }
    }
    return spans;
  },
};
