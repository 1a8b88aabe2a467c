/**
 * The lines of a window phone-windows.ts must read, each with the countries it may find a number for
 * (phone-candidates.ts). A list of short values one to a line (card numbers, IP addresses, phone
 * numbers that are not valid) is one window: each line's left margin reaches back across the line
 * break and joins it to the line before. Proven as a whole, the window may hold a number as soon as
 * one line may, and then every line was read, for each country, though most can be proven empty; and
 * the guard's copy of it, where redaction blanked a value, missed the cache and was read again whole.
 * Proven line by line, only the lines that may hold a number are read, in pieces of consecutive
 * lines.
 * Why a line can be read alone: no candidate, extension or suffix the library reads holds a line
 * break (phone-windows.ts), and the character it looks at before a candidate that starts a line is the
 * line break, which, like the start of a text, is no letter, "%" or "$"; so the library finds in a
 * window what it finds in each of its lines read alone, and a line proven empty holds nothing.
 * The window is still remembered whole (phone-answers.ts): what its pieces find is what reading it
 * whole finds. Lines live in flat typed arrays reused across calls.
 */
import { grownTo } from './typed-arrays';
import { findableMask } from './phone-candidates';

const NEWLINE = 0x0a;

/** The lines of the current findPhones call's windows: start, end (before its line break), countries. */
export const LINES = {
  count: 0,
  start: new Int32Array(256),
  end: new Int32Array(256),
  may: new Uint8Array(256),
};

function addLine(start: number, end: number, may: number): void {
  const l = LINES;
  if (l.count === l.start.length) {
    l.start = grownTo(l.start, l.count * 2);
    l.end = grownTo(l.end, l.count * 2);
    l.may = grownTo(l.may, l.count * 2);
  }
  l.start[l.count] = start;
  l.end[l.count] = end;
  l.may[l.count] = may;
  l.count++;
}

/** Lines proven before deciding whether proving the rest pays. */
const TRIAL = 16;

/**
 * Splits the window text[from, to) into its lines, each with the countries of `asked` it may find a
 * number for, appended to LINES; returns how many, or 0 when the window is to be read whole: it is
 * one line, or in its first TRIAL lines fewer than one (line, country) pair in two is proven empty.
 * Proving a line costs about what the matcher's first look at it costs for one country, so a list
 * whose lines are mostly valid numbers (UK mobiles: 7 % of lines empty for one of two countries) is
 * read whole, as before, and one of card numbers, IP addresses or numbers that are not valid (over
 * one pair a line) line by line.
 */
export function windowLines(text: string, from: number, to: number, asked: number): number {
  // A line break that ends the window leaves one line.
  if (breakIn(text, from, to) >= to - 1) return 0;
  const first = LINES.count;
  let start = from;
  let saved = 0;
  for (let n = 1; start < to; n++) {
    const end = breakIn(text, start, to);
    const may = findableMask(text, start, end, asked);
    addLine(start, end, may);
    // Pairs proven empty (three countries: MASK_COUNTRIES).
    const none = asked & ~may;
    saved += (none & 1) + ((none >> 1) & 1) + ((none >> 2) & 1);
    if (n === TRIAL && saved * 2 < TRIAL) {
      LINES.count = first;
      return 0;
    }
    start = end + 1;
  }
  return LINES.count - first;
}

/**
 * The first line break in text[from, to), or `to`. Looked for within the window only: indexOf ran on
 * to the next line break in the text, and a text of one long line (a long run read in 64-character
 * windows) was searched to its end for each of its windows.
 */
function breakIn(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && text.charCodeAt(at) !== NEWLINE) at++;
  return at;
}

/** Starts a findPhones call: its windows' lines are counted from 0 again. */
export function clearLines(): void {
  LINES.count = 0;
}
