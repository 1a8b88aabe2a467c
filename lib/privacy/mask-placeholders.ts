import { lastScanOf } from './evasion';
import { grown } from './grown';
import { noteDifferences } from './known-differences';
import { madeKindAt, madeNumbered, madePlaceholder, placeholder } from './placeholder';
import { isPiiKind, isPiiKindAt, type Vault } from './types';

// Placeholders blanked out of a text before the detectors read it (detect.ts), at the same length.

/** The placeholders a job issued (its vault's keys), or its vault itself. */
export type Issued = Vault | ReadonlySet<string>;

// Without a job's vault, only text shaped like one of ours (a PII_KINDS kind) is a placeholder:
// "[Aisling_1]" is not, so a value cannot hide inside brackets.

function isIssued(issued: Issued | undefined, text: string, open: number, end: number): boolean {
  // Most placeholders are written as we write them (upper case, a number with no leading zero that
  // reads back the same): their key is the text as it stands, and their kind needs no upper-casing.
  if (canonical) {
    if (!issued) return isPiiKindAt(text, open + 1, text.indexOf('_', open));
    const key = madePlaceholder(text, open, end) ?? text.slice(open, end);
    return issued instanceof Set ? issued.has(key) : (issued as Vault)[key] !== undefined;
  }
  const underscore = text.indexOf('_', open);
  const upper = text.slice(open + 1, underscore).toUpperCase();
  if (!issued) return isPiiKind(upper);
  const key = placeholder(upper, Number(text.slice(underscore + 1, end - 1)));
  return issued instanceof Set ? issued.has(key) : (issued as Vault)[key] !== undefined;
}

/**
 * Blanks out placeholders (same length, so offsets hold): "[PERSON_1]" is not a name to find. With
 * the job's vault only the placeholders it issued are blanked; anything else in brackets is scanned.
 * What `text.replace(PLACEHOLDER, …)` did, read from char codes: the guard runs this over every
 * outbound text, a redacted table holds a placeholder every few words, and the callback, its three
 * strings and the regex cost more per placeholder than the answer. PLACEHOLDER's match is
 * deterministic ("[", letters, "_", digits, "]", each run as long as it goes) and holds no other "[",
 * so a failed start is followed by the next "[" (tests/unit/privacy/mask-placeholders.property.test.ts
 * compares the two).
 */
export function maskPlaceholders(text: string, issued?: Issued): string {
  if (issued) {
    const result = maskAll(text, issued);
    // Where the vault blanked just what no vault would, this is the text's mask without one too (the
    // review masks the outbound text the guard just masked with the job's vault).
    if (sameWithout) keepMask(text, result, blankedCount);
    return result;
  }
  if (text === maskedFrom) {
    blankedCount = maskedCount;
    return masked;
  }
  if (text === earlierFrom) {
    blankedCount = earlierCount;
    return earlier;
  }
  keepMask(text, maskFromScan(text) ?? maskAll(text, undefined), blankedCount);
  return masked;
}

/**
 * The mask of `text` read off the kept mask of its scan text, where the scan (the last one made) read
 * it one for one: the review masks the outbound text as written just after the guard masked its scan
 * text. The text's placeholders are the scan text's that hold no changed character: a placeholder is
 * ASCII, which the scan keeps, and its match reads nothing outside it. So the two masks differ only
 * at the changed characters, where the text's own are put back; where one of them is inside a blanked
 * placeholder of the scan text (a look-alike read as a placeholder's letter), that placeholder is no
 * placeholder of the text, and the text is masked itself. Sets blankedCount.
 */
function maskFromScan(text: string): string | undefined {
  const scan = lastScanOf(text);
  if (!scan?.changes || scan.text.length !== text.length) return undefined;
  const kept = scan.text === maskedFrom ? masked : scan.text === earlierFrom ? earlier : undefined;
  if (kept === undefined) return undefined;
  const { at, pieces } = scan.changes;
  const out = new Array<string>(2 * at.length + 1);
  let from = 0;
  for (let k = 0; k < at.length; k++) {
    const i = at[k] as number;
    const piece = pieces[k] as string;
    // One unit read as one unit, not blanked in the scan text's mask (the mask writes a space, and a
    // space is never inside a placeholder).
    if (piece.length !== 1 || (text.codePointAt(i) ?? 0) > 0xffff) return undefined;
    if (kept.charCodeAt(i) !== piece.charCodeAt(0)) return undefined;
    out[2 * k] = kept.slice(from, i);
    out[2 * k + 1] = text.slice(i, i + 1);
    from = i + 1;
  }
  out[2 * at.length] = kept.slice(from);
  blankedCount = scan.text === maskedFrom ? maskedCount : earlierCount;
  const result = out.join('');
  noteDifferences(result, kept, at);
  return result;
}

// The last two texts masked without a vault. The review masks the outbound text, then detectSpans
// masks its scan text (check-outbound.ts runs both per check): the same text wherever nothing was
// folded, and on a letter (a no-break space, a look-alike read as its Latin letter) the text the
// guard masked just before. Only texts are kept: a vault may gain placeholders between two calls.
let maskedFrom: string | undefined;
let masked = '';
let maskedCount = 0;
let earlierFrom: string | undefined;
let earlier = '';
let earlierCount = 0;

/** Keeps `result` as the mask of `text`, the last one kept becoming the earlier. */
function keepMask(text: string, result: string, count: number): void {
  if (text === maskedFrom) {
    masked = result;
    maskedCount = count;
    return;
  }
  earlierFrom = maskedFrom;
  earlier = masked;
  earlierCount = maskedCount;
  maskedFrom = text;
  masked = result;
  maskedCount = count;
}

/** maskPlaceholders, worked out. */
function maskAll(text: string, issued: Issued | undefined): string {
  blankedCount = 0;
  sameWithout = true;
  let open = text.indexOf('[');
  if (open < 0) return text;
  // The placeholders to blank first, then the pieces in an array of their number: pushed one by one,
  // the array was copied at each growth (a redacted table or letter holds hundreds).
  let count = 0;
  while (open >= 0) {
    const end = placeholderEnd(text, open);
    if (end < 0) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    let blank: boolean;
    if (issued === undefined) blank = isIssued(undefined, text, open, end);
    else {
      // A placeholder written as we write one: its kind found once answers both questions.
      const underscore = canonical ? text.indexOf('_', open) : -1;
      const made = underscore < 0 ? undefined : madeKindAt(text, open, underscore);
      if (made) {
        const key = madeNumbered(made, text, underscore, end) ?? text.slice(open, end);
        blank = issued instanceof Set ? issued.has(key) : (issued as Vault)[key] !== undefined;
        if (blank !== made.pii) sameWithout = false;
      } else {
        blank = isIssued(issued, text, open, end);
        if (sameWithout && blank !== isIssued(undefined, text, open, end)) sameWithout = false;
      }
    }
    if (blank) {
      if (2 * count + 2 > blanked.length) blanked = grown(blanked, 2 * count);
      blanked[2 * count] = open;
      blanked[2 * count + 1] = end;
      count++;
    }
    open = text.indexOf('[', end);
  }
  blankedCount = count;
  if (count === 0) return text;
  const pieces = new Array<string>(2 * count + 1);
  let copied = 0;
  for (let k = 0; k < count; k++) {
    const start = blanked[2 * k] as number;
    const end = blanked[2 * k + 1] as number;
    pieces[2 * k] = text.slice(copied, start);
    pieces[2 * k + 1] = spaces(end - start);
    copied = end;
  }
  pieces[2 * count] = text.slice(copied);
  return pieces.join('');
}

// [open, end) of each placeholder maskAll blanks, kept between calls.
let blanked: Int32Array = new Int32Array(512);

/** How many placeholders the last maskPlaceholders blanked. */
let blankedCount = 0;

/** How many placeholders the last maskPlaceholders blanked. */
export const lastBlankedCount = (): number => blankedCount;

/** Whether the last maskAll blanked just the placeholders it would have blanked without a vault. */
let sameWithout = true;

// Whether the last match placeholderEnd found is written as placeholder() writes: kind in upper case,
// number without a leading zero and short enough (15 digits) that Number() reads it back exactly.
let canonical = false;

/** The end of PLACEHOLDER's match at `open` (a "["), or -1 where none starts there; sets `canonical`. */
function placeholderEnd(text: string, open: number): number {
  let i = open + 1;
  let lower = false;
  for (let c = text.charCodeAt(i); ; c = text.charCodeAt(++i)) {
    if (c >= 97 && c <= 122) lower = true;
    else if (!(c >= 65 && c <= 90)) break;
  }
  if (i === open + 1 || text.charCodeAt(i) !== 95) return -1;
  const digits = ++i;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i));
  if (i === digits || text.charCodeAt(i) !== 93) return -1;
  const count = i - digits;
  canonical = !lower && count <= 15 && (count === 1 || text.charCodeAt(digits) !== 48);
  return i + 1;
}

// Runs of spaces by length: a placeholder is blanked by one of these, not by a repeat per occurrence.
const blanks: string[] = [];
function spaces(n: number): string {
  if (n >= 64) return ' '.repeat(n);
  return (blanks[n] ??= ' '.repeat(n));
}
