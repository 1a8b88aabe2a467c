import { tokensOf } from '../normalize';
import type { Detector, Span } from '../types';

// Numbers with a unit, ordinals, decades and common formats are ordinary: "5pm", "10kg", "2nd", "1990s", "mp3".
export const ORDINARY =
  /^(?:\d+(?:st|nd|rd|th|s|am|pm|k|m|b|kg|g|mg|ml|l|km|cm|mm|m2|gb|mb|kb|tb|hz|khz|mhz|ghz|px|pt|x|d|h|hr|hrs|min|mins|sec|yr|yrs|w|kw|kwh|v|p|fps|mp)|mp[34]|[a-z]\d|\d[a-z]|h26[45]|covid19)$/i;

/**
 * Codes and long numbers that identify an account, an order, a product of the user's: tokens that mix
 * letters with 3+ digits ("PW127M"), and runs of 6+ digits not already a phone number or a card.
 */
export const codesDetector: Detector = {
  id: 'codes',
  role: 'heuristic',
  detect: (text) => {
    const spans: Span[] = [];
    for (const token of tokensOf(text)) {
      const digits = token.raw.replace(/\D/g, '').length;
      const letters = token.raw.length - digits;
      if (ORDINARY.test(token.raw)) continue;
      const code = letters > 0 && digits >= 3 && /^[\p{L}\p{N}]+$/u.test(token.raw);
      const longNumber = letters === 0 && digits >= 6;
      if (code || longNumber)
        spans.push({
          start: token.start,
          end: token.end,
          kind: code ? 'ID' : 'NUMBER',
          source: code ? 'looks like a code' : 'long number',
          priority: 1,
        });
    }
    return spans;
  },
};
