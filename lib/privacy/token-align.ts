import { grown } from './grown';
import { knownDifferences } from './known-differences';
import { TokenBuilder, type Tokens } from './token-columns';
import { isTokenSeparator, scanWords } from './tokenize';

/**
 * The tokens of a text that is a remembered text with a few characters changed in place (the same
 * length, the same characters elsewhere), built from the remembered text's tokens.
 *
 * The guard reads an outbound text's scan text, where each no-break space, º or look-alike letter
 * stands for its plain form one for one (evasion.ts), and the review then reads the outbound text as
 * written (possibly-private.ts). On a letter the two are the same but for those characters, and the
 * review tokenised its text from scratch: about a quarter of its time there.
 *
 * Why the words can be kept (as token-splice.ts explains for blanks): a separator (isTokenSeparator) is
 * in no word and starts the scan afresh after it, so the words between two separators depend on those
 * characters alone. Each changed character is widened to the separators the two texts share on either
 * side of it, and only those stretches are scanned again. This is memoisation, not trust: the
 * characters are compared, and the tokens are those tokenColumns gives the text
 * (tests/unit/privacy/token-align.property.test.ts compares the two).
 */

/**
 * At most this share of the text (as a right shift) is scanned again: past it, the texts are not one
 * text with a few characters changed, and the comparison stops there.
 */
const MOST_SHARE_SHIFT = 2;

/** The characters compared at once where a text is unchanged (a power of two). */
const BLOCK = 256;

// The stretches to scan again, [from, to) in both texts, in reading order: kept between calls, and
// grown when a text has more (a 20,000-character letter has about 170).
let stretchFrom = new Int32Array(256);
let stretchTo = new Int32Array(256);

/**
 * The tokens of `text` from those of `base` (`baseTokens`), when the two have the same length and
 * differ in few enough characters; otherwise undefined.
 */
export function alignedTokens(text: string, base: string, baseTokens: Tokens): Tokens | undefined {
  const length = text.length;
  if (base.length !== length || text === base) return undefined;
  const most = length >> MOST_SHARE_SHIFT;
  // Where the two may differ, when the code that made one of the other said so: those places are
  // read, and nothing else compared. Each way has a function of its own: the comparison is the rare
  // one (a text no code of ours said how it made), and inside this function its block comparison,
  // first reached by a long text after optimisation (short texts never reach it), threw this
  // function's code away for type feedback it had never had (token-align-jit.test.ts).
  const known = knownDifferences(text, base);
  const count = known ? stretchesAt(text, base, known, most) : stretchesByComparing(text, base, most);
  if (count < 0) return undefined;
  const tokens = new TokenBuilder(baseTokens.count + 2 * count + 8, length);
  let k = 0; // the next of the base's tokens
  for (let s = 0; s < count; s++) {
    const from = stretchFrom[s] as number;
    const to = stretchTo[s] as number;
    // The base's words before the stretch: none runs into it (the character before it is a separator).
    for (; k < baseTokens.count && (baseTokens.starts[k] as number) < from; k++) keep(tokens, baseTokens, k);
    // The base's words in the stretch are dropped, and the text's there scanned.
    while (k < baseTokens.count && (baseTokens.starts[k] as number) < to) k++;
    const first = tokens.count;
    scanWords(tokens, text.slice(from, to));
    tokens.shift(first, from);
  }
  for (; k < baseTokens.count; k++) keep(tokens, baseTokens, k);
  return tokens.done();
}

/**
 * The stretches around the places where the texts may differ (`known`, ascending), into stretchFrom and
 * stretchTo; returns their count, or -1 once they cover more than `most` characters.
 */
function stretchesAt(text: string, base: string, known: readonly number[], most: number): number {
  let count = 0;
  let covered = 0;
  for (let p = 0; p < known.length; p++) {
    const i = known[p] as number;
    if (i < (count > 0 ? (stretchTo[count - 1] as number) : 0)) continue;
    if (text.charCodeAt(i) === base.charCodeAt(i)) continue;
    const to = addStretch(text, base, i, count);
    count++;
    covered += to - (stretchFrom[count - 1] as number);
    if (covered > most) return -1;
  }
  return count;
}

/** stretchesAt for texts compared character by character: every place may differ. */
function stretchesByComparing(text: string, base: string, most: number): number {
  const length = text.length;
  let count = 0;
  let covered = 0;
  for (let i = 0; i < length; i++) {
    // Most of a letter is unchanged: a block compared whole (two slices, one native comparison) is
    // stepped over, and a block that differs is walked a character at a time.
    if (
      (i & (BLOCK - 1)) === 0 &&
      i + BLOCK <= length &&
      text.slice(i, i + BLOCK) === base.slice(i, i + BLOCK)
    ) {
      i += BLOCK - 1;
      continue;
    }
    if (text.charCodeAt(i) === base.charCodeAt(i)) continue;
    const to = addStretch(text, base, i, count);
    count++;
    covered += to - (stretchFrom[count - 1] as number);
    if (covered > most) return -1;
    i = to - 1;
  }
  return count;
}

/**
 * Writes stretch `count`: the changed character at `i` widened to a separator both texts hold on each
 * side (or the text's ends). Returns its end. The last stretch ended at a separator both share, so this
 * one starts after it: none overlap.
 */
function addStretch(text: string, base: string, i: number, count: number): number {
  let from = i;
  while (from > 0 && !sharedSeparator(text, base, from - 1)) from--;
  let to = i + 1;
  while (to < text.length && !sharedSeparator(text, base, to)) to++;
  if (count === stretchFrom.length) grow();
  stretchFrom[count] = from;
  stretchTo[count] = to;
  return to;
}

/** Whether both texts hold the same separator at `i`. */
function sharedSeparator(text: string, base: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isTokenSeparator(c) && c === base.charCodeAt(i);
}

function keep(tokens: TokenBuilder, from: Tokens, k: number): void {
  tokens.add(
    from.starts[k] as number,
    from.ends[k] as number,
    from.raws[k] as string,
    from.norms[k] as string,
  );
}

/** Stretch buffers twice as long, holding the stretches so far. */
function grow(): void {
  stretchFrom = grown(stretchFrom);
  stretchTo = grown(stretchTo);
}
