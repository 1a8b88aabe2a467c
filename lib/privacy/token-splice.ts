import type { ScanText } from './evasion';
import { TokenBuilder, type Tokens } from './token-columns';
import { isTokenSeparator, scanWords } from './tokenize';

/**
 * The guard's text is, almost always, the text redact just tokenised with each redacted value blanked:
 * the outbound text holds a placeholder where each value was, and the guard masks the job's own
 * placeholders to spaces of their length. Its words are then the earlier text's words, moved, except
 * next to the blanks; tokenising it again from scratch was about a tenth of a long request.
 *
 * redact notes its text, its redactions and its outbound text here (noteRedacted). When tokensOf meets a
 * text it has not seen and knows the noted text's tokens, splicedTokens builds the new text's tokens
 * from them, if the new text is the noted one with its values blanked: the guard's masking says so
 * where it holds by construction (noteMasked), and otherwise the two are compared character by
 * character. What is noted is the scan text redact read, where its offsets are the text's (a text
 * whose scan read each character as one: a no-break space as a space, a look-alike as its Latin
 * letter). Any other text (an edited payload, a text whose scan dropped or expanded characters) is
 * tokenised from scratch. This is memoisation, not trust: the tokens are those tokenColumns gives the text
 * (tests/unit/privacy/token-splice.property.test.ts compares the two).
 *
 * Why the words can be moved: a separator (isTokenSeparator: ASCII, neither a letter, a digit nor an
 * apostrophe) is in no word, ends the word before it and starts the scan afresh after it, so the words
 * between two separators depend on those characters alone. A stretch of text between two blanks
 * keeps its words from its first separator to its last; before the first and after the last (a word
 * the value was glued to) it is scanned again. A blank is spaces: separators too.
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

/** Drops the note (nothing is spliced until the next one). */
export function forgetRedacted(): void {
  notedChanges = NO_CHANGES;
  carriedTo = undefined;
  carriedFrom = undefined;
  compared = undefined;
  notedText = undefined;
  notedCount = 0;
  blankedLength = -1;
  notedOutbound = undefined;
  confirmed = undefined;
}

/**
 * The tokens of `text` built from the noted text's, when `text` is the noted text with its redacted
 * values blanked and `cached` knows the noted text's tokens; otherwise undefined.
 */
export function splicedTokens(
  text: string,
  cached: (text: string) => Tokens | undefined,
): Tokens | undefined {
  if (!isNotedBlanked(text)) return undefined;
  const base = notedText as string;
  const old = cached(base);
  if (!old) return undefined;
  const tokens = new TokenBuilder(old.count + 2 * notedCount + 8, text.length);
  carriedCount = 0;
  let k = 0; // the next of the old tokens
  let shift = 0; // where the stretch's characters moved to in `text`
  for (let edit = 0; edit <= notedCount; edit++) {
    const from = edit === 0 ? 0 : (editEnds[edit - 1] as number);
    const to = edit === notedCount ? base.length : (editStarts[edit] as number);
    // The old words from the stretch's first fresh start (after its first separator, or the text's
    // start) to its last separator (or the text's end).
    const fresh = edit === 0 ? 0 : firstSeparator(base, from, to) + 1;
    const last = edit === notedCount ? to : lastSeparator(base, from, to);
    if (fresh > last) {
      // No separator inside (or one alone): the whole stretch is scanned again.
      scanRange(tokens, text, from + shift, to + shift);
    } else {
      scanRange(tokens, text, from + shift, fresh + shift);
      while (k < old.count && (old.starts[k] as number) < fresh) k++;
      const firstNew = tokens.count;
      const firstOld = k;
      // A word that starts before `last` ends before it: `last` is a separator, in no word.
      for (; k < old.count && (old.starts[k] as number) < last; k++)
        tokens.add(
          (old.starts[k] as number) + shift,
          (old.ends[k] as number) + shift,
          old.raws[k] as string,
          old.norms[k] as string,
        );
      if (k > firstOld) noteCarried(firstNew, firstOld, k - firstOld);
      scanRange(tokens, text, last + shift, to + shift);
    }
    if (edit < notedCount)
      shift += (editBlanks[edit] as number) - ((editEnds[edit] as number) - (editStarts[edit] as number));
  }
  const spliced = tokens.done();
  carriedTo = spliced;
  carriedFrom = old;
  return spliced;
}

// The words the last splicedTokens carried over unchanged, as runs: word carried[3r] + i of the tokens
// it gave is word carried[3r + 1] + i of the tokens it read, for i below carried[3r + 2]. The same
// strings, so whatever is a function of a word's raw and norm strings alone (word-flags.ts) can be
// copied for them instead of asked again.
let carriedTo: Tokens | undefined;
let carriedFrom: Tokens | undefined;
let carried = new Int32Array(3 * 256);
let carriedCount = 0;

function noteCarried(to: number, from: number, count: number): void {
  if (3 * carriedCount + 3 > carried.length) {
    const grown = new Int32Array(2 * carried.length);
    grown.set(carried);
    carried = grown;
  }
  carried[3 * carriedCount] = to;
  carried[3 * carriedCount + 1] = from;
  carried[3 * carriedCount + 2] = count;
  carriedCount++;
}

/** The runs of words `tokens` has from `from` (see `carried`), when splicedTokens made it of them. */
export function carriedRuns(tokens: Tokens, from: Tokens): { runs: Int32Array; count: number } | undefined {
  return tokens === carriedTo && from === carriedFrom ? { runs: carried, count: carriedCount } : undefined;
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
 * text, as splicedTokens finds it), so that other readers can build on what they read of the noted
 * text. Valid until the next note.
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

/** The first separator in base[from, to), or `to` when there is none. */
function firstSeparator(base: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isTokenSeparator(base.charCodeAt(i))) return i;
  return to;
}

/** The last separator in base[from, to), or `from` - 1 when there is none. */
function lastSeparator(base: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isTokenSeparator(base.charCodeAt(i))) return i;
  return from - 1;
}

/**
 * The words of text[from, to), added: the character before `from` is a separator (or there is none), and
 * the one at `to` or the range's last one is, so the words there are the slice's own. A range of separators alone, the usual
 * one (a comma or a space between a value and the next), has none and is not sliced.
 */
function scanRange(tokens: TokenBuilder, text: string, from: number, to: number): void {
  let i = from;
  while (i < to && isTokenSeparator(text.charCodeAt(i))) i++;
  if (i >= to) return;
  const first = tokens.count;
  scanWords(tokens, text.slice(i, to));
  tokens.shift(first, i);
}
