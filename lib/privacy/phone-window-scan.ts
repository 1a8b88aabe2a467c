/**
 * The windows phone-windows.ts reads (its header says why they find what reading the whole text
 * finds): each run of candidate characters some country is asked about, with a margin on both sides
 * (BEFORE characters on the left, reach() on the right, cut after a line break), merged where they
 * overlap; a run longer than LONG_RUN is read in overlapping pieces without margins, laid out from
 * the first digit, "+" or bracket of each of its stretches between five spaces in a row. Written into
 * flat typed arrays reused across calls (WINDOWS), not one object per window.
 */
import { grownTo } from './typed-arrays';
import { glued, reach } from './phone-margins';
import { RUN_OTHER_DIGIT, RUN_PLUS, RUNS, scanRuns } from './phone-runs';
import { isOtherDigitPoint } from './phone-run-chars';
import { ANY_MIN, askedMask } from './phone-shapes';

const ZERO = 0x30;
const NINE = 0x39;
const NEWLINE = 0x0a;
const SPACE = 0x20;
/** Spaces in a row that no number holds (phone-matcher.ts' PUNCTUATION allows four). */
const GAP = 5;
/** Left margin: the character before a candidate (the right one is reach()). */
const BEFORE = 8;
/** Longest run read whole: longer ones are read in overlapping windows (the library is quadratic). */
const LONG_RUN = 64;

/** The windows of the last scanWindows call (start, end, asked countries), reused across calls. */
export const WINDOWS = {
  count: 0,
  start: new Int32Array(128),
  end: new Int32Array(128),
  asked: new Uint8Array(128),
};
/** Digit values of a long run's piece. */
let pieceDigits = new Uint8Array(LONG_RUN);

function openWindow(from: number, to: number, asked: number): void {
  const w = WINDOWS;
  if (w.count === w.start.length) {
    w.start = grownTo(w.start, w.count * 2);
    w.end = grownTo(w.end, w.count * 2);
    w.asked = grownTo(w.asked, w.count * 2);
  }
  w.start[w.count] = from;
  w.end[w.count] = to;
  w.asked[w.count] = asked;
  w.count++;
}

/** The window around a run text[start, end): margins, merged with the previous one if they overlap. */
function addWindow(text: string, start: number, end: number, asked: number): void {
  const from = Math.max(0, start - BEFORE);
  // Nothing the library reads after a number (extension, time of day) crosses a line break: the
  // window ends after the first one before reach() (one further on would not cut it).
  let to = Math.min(text.length, reach(text, end));
  for (let i = end; i < to; i++)
    if (text.charCodeAt(i) === NEWLINE) {
      to = i + 1;
      break;
    }
  const w = WINDOWS;
  const last = w.count - 1;
  if (last >= 0 && from <= (w.end[last] ?? 0)) {
    w.end[last] = Math.max(w.end[last] ?? 0, to);
    w.asked[last] = (w.asked[last] ?? 0) | asked;
  } else openWindow(from, to, asked);
}

/** The countries asked about a long run's piece text[at, end) (its \p{Nd} digits, "+"). */
function pieceAsked(text: string, at: number, end: number): number {
  const piece = text.slice(at, end);
  let count = 0;
  let flags = /[+\uFF0B]/.test(piece) ? RUN_PLUS : 0;
  if (pieceDigits.length < piece.length) pieceDigits = new Uint8Array(piece.length);
  for (const d of piece.match(/\p{Nd}/gu) ?? []) {
    const c = d.charCodeAt(0);
    if (c >= ZERO && c <= NINE) pieceDigits[count] = c - ZERO;
    else flags |= RUN_OTHER_DIGIT;
    // Counted in UTF-16 units, as the joined digit string's length was.
    count += d.length;
  }
  return askedMask(pieceDigits, 0, count, flags);
}

/**
 * The first offset of text[start, end) a candidate can start at: a digit or one of the library's
 * LEAD_CLASS characters (opening brackets, "+"). What is before it is punctuation no candidate starts
 * with, and the library's look at the character before a candidate rejects only letters, "%" and "$".
 */
function candidateStart(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0x5b || c === 0x2b : isLeadPoint(text, i))
      return i;
  }
  return end;
}

/** A unit outside ASCII that may start a candidate: a digit of another script, "（", "［" or "＋". */
function isLeadPoint(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0xff08 || c === 0xff3b || c === 0xff0b || isOtherDigitPoint(text.codePointAt(i) ?? c);
}

/** Fills WINDOWS with the windows to read, in order, merged where they overlap; returns their count. */
export function scanWindows(text: string): number {
  WINDOWS.count = 0;
  const runs = scanRuns(text);
  const { start: runStart, end: runEnd, digitCount, digitFrom, flags, digits } = RUNS;
  for (let k = 0; k < runs; k++) {
    const count = digitCount[k] ?? 0;
    // Too few digits for any number: nothing to read (askedMask would say so too).
    if (count < ANY_MIN) continue;
    const start = runStart[k] ?? 0;
    const end = runEnd[k] ?? 0;
    // A long run is read from its first character a candidate can start with, not from the spaces
    // or dashes before it: what comes before a run (a placeholder blanked to spaces, "Instruction: "
    // around the outbound text) must not move the pieces of a long run, or the guard finds a number
    // the redaction did not, in the same digits (redact-checked.ts).
    const lead = candidateStart(text, start, end);
    const length = end - lead;
    // A run opens a window when some country is asked about it (tested first: it is the cheaper
    // check, and both only skip runs).
    const asked = askedMask(digits, digitFrom[k] ?? 0, count, flags[k] ?? 0);
    if (asked === 0) continue;
    if (length <= LONG_RUN) {
      if (!glued(text, start, end)) addWindow(text, start, end, asked);
      continue;
    }
    // Its stretches between gaps no number holds are laid out apart: a placeholder blanked in a long
    // run moves only the pieces of its own stretch, so the guard's next round reads only those again.
    for (let from = lead; from < end;) {
      const gap = gapIn(text, from, end);
      addPieces(text, from, gap);
      from = gap < end ? candidateStart(text, gap, end) : end;
    }
  }
  return WINDOWS.count;
}

/**
 * Where the next GAP spaces in a row start in text[from, end), or end: no number's characters hold
 * them (the library's candidates hold at most four punctuation characters between digits).
 */
function gapIn(text: string, from: number, end: number): number {
  let spaces = 0;
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== SPACE) spaces = 0;
    else if (++spaces === GAP) return i - GAP + 1;
  }
  return end;
}

/**
 * The pieces of a long run's stretch text[from, to), from its first digit, "+" or bracket: read alone,
 * as margins would join the pieces into the one long run again. Any number up to LONG_RUN/2
 * characters long lies whole inside one of them.
 */
function addPieces(text: string, from: number, to: number): void {
  for (let at = from; at < to; at += LONG_RUN / 2) {
    const end = Math.min(at + LONG_RUN, to);
    const asked = pieceAsked(text, at, end);
    if (asked !== 0) openWindow(at, end, asked);
  }
}
