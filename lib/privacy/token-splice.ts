import { grown } from './grown';
import { blankedFrom } from './redaction-note';
import { TokenBuilder, type Tokens } from './token-columns';
import { isTokenSeparator, scanWords } from './tokenize';

/**
 * The guard's text is, almost always, the text redact just tokenised with each redacted value blanked:
 * the outbound text holds a placeholder where each value was, and the guard masks the job's own
 * placeholders to spaces of their length. Its words are then the earlier text's words, moved, except
 * next to the blanks; tokenising it again from scratch was about a tenth of a long request.
 *
 * redact notes its text, its redactions and its outbound text (redaction-note.ts). When tokensOf meets
 * a text it has not seen and knows the noted text's tokens, splicedTokens builds the new text's tokens
 * from them, if the new text is the noted one with its values blanked (blankedFrom). What is noted is
 * the scan text redact read, where its offsets are the text's (a text whose scan read each character
 * as one: a no-break space as a space, a look-alike as its Latin letter). Any other text (an edited
 * payload, a text whose scan dropped or expanded characters) is tokenised from scratch. This is
 * memoisation, not trust: the tokens are those tokenColumns gives the text
 * (tests/unit/privacy/token-splice.property.test.ts compares the two).
 *
 * Why the words can be moved: a separator (isTokenSeparator: ASCII, neither a letter, a digit nor an
 * apostrophe) is in no word, ends the word before it and starts the scan afresh after it, so the words
 * between two separators depend on those characters alone. A stretch of text between two blanks
 * keeps its words from its first separator to its last; before the first and after the last (a word
 * the value was glued to) it is scanned again. A blank is spaces: separators too.
 */

/**
 * The tokens of `text` built from the noted text's, when `text` is the noted text with its redacted
 * values blanked and `cached` knows the noted text's tokens; otherwise undefined.
 */
export function splicedTokens(
  text: string,
  cached: (text: string) => Tokens | undefined,
): Tokens | undefined {
  const blanking = blankedFrom(text);
  if (!blanking) return undefined;
  const { base, count: notedCount, starts: editStarts, ends: editEnds, blanks: editBlanks } = blanking;
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
  if (3 * carriedCount + 3 > carried.length) carried = grown(carried);
  carried[3 * carriedCount] = to;
  carried[3 * carriedCount + 1] = from;
  carried[3 * carriedCount + 2] = count;
  carriedCount++;
}

/** The runs of words `tokens` has from `from` (see `carried`), when splicedTokens made it of them. */
export function carriedRuns(tokens: Tokens, from: Tokens): { runs: Int32Array; count: number } | undefined {
  return tokens === carriedTo && from === carriedFrom ? { runs: carried, count: carriedCount } : undefined;
}

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
 * The words of text[from, to), added: the character before `from` is a separator (or there is none),
 * and the one at `to` or the range's last one is, so the words there are the slice's own. A range of
 * separators alone, the usual one (a comma or a space between a value and the next), has none and is
 * not sliced.
 */
function scanRange(tokens: TokenBuilder, text: string, from: number, to: number): void {
  let i = from;
  while (i < to && isTokenSeparator(text.charCodeAt(i))) i++;
  if (i >= to) return;
  const first = tokens.count;
  scanWords(tokens, text.slice(i, to));
  tokens.shift(first, i);
}
