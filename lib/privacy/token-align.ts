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
  let count = 0;
  let covered = 0;
  // Where the two may differ, when the code that made one of the other said so: those places are
  // read, and nothing else compared.
  const known = knownDifferences(text, base);
  const places = known ? known.length : length;
  for (let p = 0; p < places; p++) {
    let i = p;
    if (known) {
      i = known[p] as number;
      if (i < (count > 0 ? (stretchTo[count - 1] as number) : 0)) continue;
    } else {
      // Most of a letter is unchanged: a block compared whole (two slices, one native comparison) is
      // stepped over, and a block that differs is walked a character at a time.
      if (
        (i & (BLOCK - 1)) === 0 &&
        i + BLOCK <= length &&
        text.slice(i, i + BLOCK) === base.slice(i, i + BLOCK)
      ) {
        p += BLOCK - 1;
        continue;
      }
    }
    if (text.charCodeAt(i) === base.charCodeAt(i)) continue;
    // Widened to a separator both texts hold on each side (or the text's ends).
    let from = i;
    while (from > 0 && !sharedSeparator(text, base, from - 1)) from--;
    let to = i + 1;
    while (to < length && !sharedSeparator(text, base, to)) to++;
    // The last stretch ended at a separator both share, so this one starts after it: none overlap.
    if (count === stretchFrom.length) grow();
    stretchFrom[count] = from;
    stretchTo[count] = to;
    count++;
    covered += to - from;
    if (covered > most) return undefined;
    if (!known) p = to - 1;
  }
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
