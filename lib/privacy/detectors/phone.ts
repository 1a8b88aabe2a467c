import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Detector, Span } from '../types';

// libphonenumber needs a country for national numbers; these cover the most common national formats
// (NANP, UK and India, whose layouts differ). International numbers (+…) are found with any of them.
const COUNTRIES = ['US', 'GB', 'IN'] as const;

/** Phone numbers, validated by libphonenumber-js rather than a home-made regex. */
export const phoneDetector: Detector = {
  id: 'phone',
  role: 'pattern',
  detect: (text) => {
    // Cheap gate: no run of 7 digits (with separators), no phone number; keeps the library off the hot path.
    if (!/\d(?:[\s().\-/]*\d){6}/.test(text)) return [];
    const spans: Span[] = [];
    const seen = new Set<string>();
    for (const country of COUNTRIES) {
      for (const found of findPhoneNumbersInText(text, country)) {
        const key = `${found.startsAt}:${found.endsAt}`;
        if (seen.has(key)) continue;
        seen.add(key);
        spans.push({
          start: found.startsAt,
          end: found.endsAt,
          kind: 'PHONE',
          source: 'pattern: phone number',
          priority: 2,
        });
      }
    }
    return spans;
  },
};
