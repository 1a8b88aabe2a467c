/**
 * ISO 8601 date-times as logs and APIs write them: "2026-06-11T03:16:31.917Z", "2026-06-11T03:16+02:00".
 * The words such a timestamp splits into at its punctuation ("11T03", "917Z") mix letters and digits
 * like a code, and were withheld as codes: the log went out as "2026-06-[ID_1]:16:31.[ID_2]",
 * nothing private withheld and the time unreadable. A timestamp is a time, not an identifier of the
 * user's (their own dates are found in any form by the known-forms detector, this one included).
 */
const ISO_DATE_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?/y;

/** How far before its word's end a timestamp's "T" can be: "T03:16:31.917000000Z" is 20 long. */
const T_REACH = 20;

/** Where a timestamp's date starts before its "T" ("2026-06-11"). */
const DATE_LENGTH = 10;

/**
 * Whether text[start, end) lies inside an ISO 8601 date-time: one whose "T" is at most T_REACH before
 * `end`, whose date starts at or before `start`, and whose match (ISO_DATE_TIME, read from the date)
 * reaches `end`.
 */
export function inIsoTimestamp(text: string, start: number, end: number): boolean {
  // From the last "T" back. A "T" fewer than DATE_LENGTH characters in has no room for its date, and
  // ends the walk: lastIndexOf from a negative index would read from the text's start again.
  let t = text.lastIndexOf('T', end - 1);
  while (t >= DATE_LENGTH && t >= end - T_REACH) {
    const from = t - DATE_LENGTH;
    if (from <= start) {
      ISO_DATE_TIME.lastIndex = from;
      const m = ISO_DATE_TIME.exec(text);
      if (m && from + m[0].length >= end) return true;
    }
    t = text.lastIndexOf('T', t - 1);
  }
  return false;
}
