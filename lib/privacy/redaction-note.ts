import type { ScanText } from './evasion';

/**
 * What redact last did, for the checks that follow it in the same task: the text it read (its scan
 * text, where that read each character as one), the values it replaced, and the outbound text it made.
 * The guard's masked text is, almost always, that text with each value blanked (the placeholders
 * masked to spaces of their length); blankedFrom says when it is, from a comparison made once per text
 * or from noteMasked, where it holds by construction. Readers build on it: splicedTokens
 * (token-splice.ts) moves the noted text's words, the forms walk (forms/text-scan.ts) what it found.
 * This is memoisation, not trust: each reader gives what it would have read of the text itself.
 */

// The noted text and its redactions, in reading order: [start, end) of the text replaced by `blank`
// spaces. Kept in buffers, not as the redactions: of a request, only its text and outbound text are
// held past it (until the next redact).
let notedText: string | undefined;
let notedCount = 0;
let editStarts = new Int32Array(256);
let editEnds = new Int32Array(256);
let editBlanks = new Int32Array(256);
/** The length a text has with every noted value blanked. */
let blankedLength = -1;
/** The outbound text redact made of the noted one, and whether the noted text holds a "[". */
let notedOutbound: string | undefined;
let notedBracket = true;
/**
 * Where the scan that gave the noted text changed the original's characters (ScanText.changes; none
 * where it read the original as it is).
 */
type Changes = NonNullable<ScanText['changes']>;
const NO_CHANGES: Changes = { at: [], pieces: [] };
let notedChanges: Changes = NO_CHANGES;
/** A text noteMasked showed to be the noted text blanked, with no comparison needed. */
let confirmed: string | undefined;
/** The last text compared with the noted one blanked, and what the comparison said. */
let compared: string | undefined;
let comparedSame = false;

/**
 * Notes that `text` was redacted into `outbound`: each redaction's [start, end) (offsets in `text`,
 * disjoint, in reading order, as applySpans gives them) became its placeholder.
 */
export function noteRedacted(
  text: string,
  redactions: readonly { start: number; end: number; placeholder: string }[],
  outbound: string,
  changes?: Changes,
): void {
  confirmed = undefined;
  notedChanges = changes ?? NO_CHANGES;
  const count = redactions.length;
  if (editStarts.length < count) {
    editStarts = new Int32Array(2 * count);
    editEnds = new Int32Array(2 * count);
    editBlanks = new Int32Array(2 * count);
  }
  let length = text.length;
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const { start, end, placeholder } = redactions[i] as { start: number; end: number; placeholder: string };
    // Out of order or overlapping (not applySpans' output), or no blank to part the stretches on
    // either side: nothing is noted.
    if (start < previousEnd || end <= start || end > text.length || placeholder.length === 0) {
      forgetRedacted();
      return;
    }
    editStarts[i] = start;
    editEnds[i] = end;
    editBlanks[i] = placeholder.length;
    length += placeholder.length - (end - start);
    previousEnd = end;
  }
  compared = undefined;
  notedText = text;
  notedCount = count;
  blankedLength = length;
  notedOutbound = outbound;
  notedBracket = text.includes('[');
}

/**
 * Notes that the guard masked `payload` (read as `scan`) into `masked`, blanking `blanked`
 * placeholders. When the payload is the noted outbound text, the noted text held no "[", and the
 * payload's scan text is the noted text outside the placeholders (the payload read as it is, or read
 * with the same changes at the same places outside them, and none inside), each "[" of the scan text
 * opens a placeholder redact wrote there; if the mask blanked as many as redact wrote, it blanked each
 * of them and nothing else, so `masked` is the noted text blanked and splicedTokens need not compare
 * them.
 */
export function noteMasked(payload: string, scan: ScanText, masked: string, blanked: number): void {
  confirmed =
    !notedBracket &&
    blanked === notedCount &&
    payload === notedOutbound &&
    sameChanges(scan.identity ? NO_CHANGES : scan.changes)
      ? masked
      : undefined;
}

/**
 * Whether `changes` (of the outbound text's scan) are the noted ones, moved as the values' placeholders
 * moved them, outside the placeholders, with none inside a placeholder. The outbound text is the noted
 * one's original with each value replaced by its placeholder, so outside them the two scan texts are
 * then the same.
 */
function sameChanges(changes: Changes | undefined): boolean {
  if (changes === undefined) return false;
  const { at, pieces } = changes;
  const { at: notedAt, pieces: notedPieces } = notedChanges;
  let k = 0; // the next of `changes`
  let j = 0; // the next of the noted changes
  let shift = 0; // where the stretch's characters moved to in the outbound text
  for (let edit = 0; edit <= notedCount; edit++) {
    const from = edit === 0 ? 0 : (editEnds[edit - 1] as number);
    const to = edit === notedCount ? Infinity : (editStarts[edit] as number);
    // A change inside the last placeholder (before this stretch), or a noted one inside the value it
    // replaced, is passed over: none may be in the placeholder, and the value is not in the outbound.
    if (k < at.length && (at[k] as number) < from + shift) return false;
    while (j < notedAt.length && (notedAt[j] as number) < from) j++;
    for (; k < at.length && (at[k] as number) < to + shift; k++, j++) {
      if (j >= notedAt.length || (notedAt[j] as number) !== (at[k] as number) - shift) return false;
      if (notedPieces[j] !== pieces[k]) return false;
    }
    if (j < notedAt.length && (notedAt[j] as number) < to) return false;
    if (edit < notedCount)
      shift += (editBlanks[edit] as number) - ((editEnds[edit] as number) - (editStarts[edit] as number));
  }
  return k === at.length;
}

/** Drops the note (nothing is built on it until the next one). */
export function forgetRedacted(): void {
  notedChanges = NO_CHANGES;
  compared = undefined;
  notedText = undefined;
  notedCount = 0;
  blankedLength = -1;
  notedOutbound = undefined;
  confirmed = undefined;
}

/** Whether `text` is the noted text with its values blanked (compared once per text). */
function isNotedBlanked(text: string): boolean {
  if (notedText === undefined || notedCount === 0 || text.length !== blankedLength) return false;
  if (text === confirmed) return true;
  if (text !== compared) {
    comparedSame = isBlanked(text, notedText);
    compared = text;
  }
  return comparedSame;
}

/** The noted text and where its values were blanked (see blankedFrom). */
export interface Blanking {
  readonly base: string;
  /** How many values; value i was base[starts[i], ends[i]), and is blanks[i] spaces in the text. */
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly blanks: Int32Array;
}

/**
 * The noted text and its values' places, when `text` is it with each value blanked (the guard's masked
 * text), so that readers can build on what they read of the noted text. Valid until the next note.
 */
export function blankedFrom(text: string): Blanking | undefined {
  if (!isNotedBlanked(text)) return undefined;
  return {
    base: notedText as string,
    count: notedCount,
    starts: editStarts,
    ends: editEnds,
    blanks: editBlanks,
  };
}

/** Whether `text` is `base` with each noted [start, end) replaced by its blank of spaces. */
function isBlanked(text: string, base: string): boolean {
  let at = 0; // in text
  let from = 0; // in base
  for (let edit = 0; edit <= notedCount; edit++) {
    const to = edit === notedCount ? base.length : (editStarts[edit] as number);
    for (let i = from; i < to; i++, at++) if (text.charCodeAt(at) !== base.charCodeAt(i)) return false;
    if (edit === notedCount) break;
    const blank = at + (editBlanks[edit] as number);
    for (; at < blank; at++) if (text.charCodeAt(at) !== SPACE) return false;
    from = editEnds[edit] as number;
  }
  return at === text.length;
}

const SPACE = 32;
