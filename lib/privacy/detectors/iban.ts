import type { Detector } from '../types';

const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function ibanValid(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** International bank account numbers with a valid checksum. */
export const ibanDetector: Detector = {
  id: 'iban',
  role: 'pattern',
  detect: (text) =>
    [...text.matchAll(IBAN)]
      .filter((m) => ibanValid(m[0]))
      .map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'ID' as const,
        source: 'pattern: IBAN',
      })),
};
