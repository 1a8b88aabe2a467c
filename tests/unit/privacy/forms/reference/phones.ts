// The reader as it was before it was rewritten as scans (main at 5074182), kept as the reference
// forms-fast.property.test.ts compares the fast readers with. Not used by the extension.
import type { FormsIndex, StoredPhone } from '../../../../../lib/privacy/forms/types';

/** Digits with the separators people group phone numbers with; one digit per step, so linear. */
const RUN = /\+?\(?\d(?:[\s().\-/]{0,3}\d)*/g;
/** The digits that identify a number: a local number has seven; shorter tails are not compared. */
export const TAIL = 7;
/** Leading digits a typed number may carry that the stored one lacks: "+44", "0044", a trunk "0". */
const PREFIX_DIGITS = 4;

/** Runs of digits in `text` long enough to be a phone number, with their digits. */
export function readPhoneRuns(text: string): { start: number; end: number; digits: string; at: number[] }[] {
  if (!/\d/.test(text)) return [];
  const runs = [];
  for (const m of text.matchAll(RUN)) {
    const at: number[] = [];
    let digits = '';
    for (let i = 0; i < m[0].length; i++) {
      const ch = m[0][i] ?? '';
      if (ch >= '0' && ch <= '9') {
        digits += ch;
        at.push(m.index + i);
      }
    }
    if (digits.length >= TAIL) runs.push({ start: m.index, end: m.index + m[0].length, digits, at });
  }
  return runs;
}

/**
 * Stored phones inside typed runs of digits, however grouped and with or without the country code
 * or trunk 0: the stored number's last seven digits, extended to the left while the digits agree.
 * The match must end where the typed number ends (or at a separator), so "5550134" inside
 * "55501345" is a different number.
 */
export function matchPhones(
  text: string,
  phones: FormsIndex['phones'],
): { start: number; end: number; phone: StoredPhone }[] {
  if (phones.size === 0) return [];
  const hits = [];
  for (const run of readPhoneRuns(text)) {
    const { digits, at } = run;
    for (let i = 0; i + TAIL <= digits.length; i++) {
      const stored = phones.get(digits.slice(i, i + TAIL));
      if (!stored) continue;
      const endDigit = i + TAIL - 1;
      const endAt = at[endDigit] ?? 0;
      if (endDigit + 1 < digits.length && (at[endDigit + 1] ?? 0) === endAt + 1) continue;
      for (const phone of stored) {
        let first = i;
        let k = phone.digits.length - TAIL - 1;
        while (first > 0 && k >= 0 && digits[first - 1] === phone.digits[k]) {
          first--;
          k--;
        }
        const glued = first > 0 && (at[first - 1] ?? 0) === (at[first] ?? 0) - 1;
        // Unmatched leading digits: a short prefix is the country code or trunk 0 and goes with it;
        // a longer one glued to the match makes it another number.
        if (first > PREFIX_DIGITS && glued) continue;
        const start = first <= PREFIX_DIGITS ? run.start : (at[first] ?? run.start);
        hits.push({ start, end: endAt + 1, phone });
        break;
      }
    }
  }
  return hits;
}
