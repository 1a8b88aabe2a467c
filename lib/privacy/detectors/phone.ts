import { findPhones } from '../phone-windows';
import type { Detector, Finding } from '../types';

/**
 * Phone numbers, validated by libphonenumber-js rather than a home-made regex, for the default
 * countries in phone-windows.ts. The library reads only the windows around digit runs that can hold
 * a number (phone-windows.ts says why that finds what reading the whole text finds), and of those
 * only the ones its own metadata does not rule out (phone-candidates.ts); ASCII windows go through
 * a copy of its matcher that parses only candidates that can be valid (phone-matcher.ts).
 */
export const phoneDetector: Detector = {
  id: 'phone',
  role: 'pattern',
  detect: (text) => {
    // Cheap gate: no run of 7 digits (with separators), no phone number; keeps the library off the hot path.
    if (!/\d(?:[\s().\-/]*\d){6}/.test(text)) return [];
    return findPhones(text).map(({ start, end }): Finding => ({
      start,
      end,
      kind: 'PHONE',
      source: 'pattern: phone number',
    }));
  },
};
