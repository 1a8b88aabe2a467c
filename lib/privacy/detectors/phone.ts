import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Detector, Finding } from '../types';

// libphonenumber needs a country for national numbers; these cover the most common national formats
// (NANP, UK and India, whose layouts differ). International numbers (+…) are found with any of them.
const COUNTRIES = ['US', 'GB', 'IN'] as const;

// Digits and the characters phone numbers are written with, starting at a digit (or one "+"/"(").
const RUN = /[+(]?\d[\d\s().\-/]*/g;
/** Longest number written with its separators that a window is sure to hold whole. */
const WINDOW = 64;

/**
 * The parts of `text` to hand to libphonenumber. Its search is quadratic on a long run of digits
 * and separators ("1 1 1 1 …"), so such a run is read in overlapping windows; any number up to
 * WINDOW/2 characters long lies whole inside one of them.
 */
function pieces(text: string): { offset: number; text: string }[] {
  const long = [...text.matchAll(RUN)].filter((m) => m[0].length > WINDOW);
  if (long.length === 0) return [{ offset: 0, text }];
  const parts: { offset: number; text: string }[] = [];
  let from = 0;
  for (const m of long) {
    parts.push({ offset: from, text: text.slice(from, m.index) });
    for (let at = m.index; at < m.index + m[0].length; at += WINDOW / 2)
      parts.push({ offset: at, text: text.slice(at, Math.min(at + WINDOW, m.index + m[0].length)) });
    from = m.index + m[0].length;
  }
  parts.push({ offset: from, text: text.slice(from) });
  return parts;
}

/** Phone numbers, validated by libphonenumber-js rather than a home-made regex. */
export const phoneDetector: Detector = {
  id: 'phone',
  role: 'pattern',
  detect: (text) => {
    // Cheap gate: no run of 7 digits (with separators), no phone number; keeps the library off the hot path.
    if (!/\d(?:[\s().\-/]*\d){6}/.test(text)) return [];
    const spans: Finding[] = [];
    const seen = new Set<string>();
    for (const piece of pieces(text)) {
      if (!/\d(?:[\s().\-/]*\d){6}/.test(piece.text)) continue;
      for (const country of COUNTRIES) {
        for (const found of findPhoneNumbersInText(piece.text, country)) {
          const start = piece.offset + found.startsAt;
          const end = piece.offset + found.endsAt;
          const key = `${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          spans.push({ start, end, kind: 'PHONE', source: 'pattern: phone number' });
        }
      }
    }
    return spans;
  },
};
