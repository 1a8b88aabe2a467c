import { fold } from './fold';
import { TokenBuilder, tokenList, type Token, type Tokens } from './token-columns';
import { alignedTokens } from './token-align';
import { splicedTokens } from './token-splice';
import { scanWords, tokenColumns } from './tokenize';

// fold() has its own module (fold.ts), part of this module's interface since before it moved; so
// are the words' types (token-columns.ts) and the tokenizer (tokenize.ts).
export { fold, tokenColumns, tokenList, type Token, type Tokens };

/** The words of `text`, one object each (tokenColumns gives them as columns). */
export function tokenize(text: string): Token[] {
  return tokenList(tokenColumns(text));
}

/** Comparison form of a whole value: its tokens' norms. */
export function normTokens(text: string): string[] {
  // A fresh array of this call's own (tokenColumns builds new string columns each time).
  return tokenColumns(text).norms as string[];
}

// The word predicates (word-shape.ts), part of this module's interface since before they moved.
export { hasDigit, hasLetter, isAllCaps, isCamel, isCapitalised, startsLower } from './word-shape';

/** Only digits, keeping "+" out: phone numbers compare on this. */
export const digitsOf = (text: string): string => text.replace(/\D+/g, '');

// Every word-based detector scans the same text in a row; tokenising it once saves most of the cost.
// Logit mode scans three texts in turn at each token (the view's window, the guard's masked and raw
// windows), each growing: one remembered text made every one of them tokenise from scratch.
const CACHED_TEXTS = 3;
interface Cached {
  text: string;
  tokens: Tokens;
}
const cache: Cached[] = []; // most recently used first

/**
 * tokenColumns(), remembered for the few most recent texts. Callers must not mutate the result. A text
 * that extends a remembered one (a logit draft, a token at a time) is tokenised again only after the
 * last whitespace of the old text: no word match contains whitespace, so the matches before it are
 * final and a scan started there finds the same matches as one started at the beginning.
 */
export function tokensOf(text: string): Tokens {
  let base: Cached | undefined;
  let sameLength: Cached | undefined;
  for (let k = 0; k < cache.length; k++) {
    const entry = cache[k] as Cached;
    if (entry.text === text) {
      if (k > 0) cache.unshift(...cache.splice(k, 1));
      return entry.tokens;
    }
    // The longest remembered text this one extends keeps the most tokens.
    if (
      entry.text.length < text.length &&
      (!base || entry.text.length > base.text.length) &&
      extendsText(text, entry.text)
    )
      base = entry;
    // A text of the same length may be this one with a few characters changed (token-align.ts).
    if (!sameLength && entry.text.length === text.length) sameLength = entry;
  }
  // A text that is the last redacted one with its values blanked (the guard's) is built from its tokens.
  const tokens = base
    ? extendTokens(text, base)
    : (splicedTokens(text, cachedTokens) ??
      (sameLength && alignedTokens(text, sameLength.text, sameLength.tokens)) ??
      tokenColumns(text));
  cache.unshift({ text, tokens });
  // pop(), not a length set: the one entry over is dropped without a runtime call.
  if (cache.length > CACHED_TEXTS) cache.pop();
  return tokens;
}

/** The tokens remembered for `text`, if any (the order of the remembered texts is left as it is). */
function cachedTokens(text: string): Tokens | undefined {
  for (let k = 0; k < cache.length; k++)
    if ((cache[k] as Cached).text === text) return (cache[k] as Cached).tokens;
  return undefined;
}

/** The tokens of `text`, which extends `base.text`: the base's tokens before its last space, kept. */
function extendTokens(text: string, base: Cached): Tokens {
  const space = lastSpace(base.text);
  if (space <= 0) return tokenColumns(text);
  const old = base.tokens;
  // Tokens run in text order: the ones before the space are a prefix, found from the end.
  let kept = old.count;
  while (kept > 0 && (old.starts[kept - 1] ?? 0) >= space) kept--;
  const tail = text.length - space;
  const tokens = new TokenBuilder(kept + (tail >> 2) + 8, kept + tail);
  for (let k = 0; k < kept; k++)
    tokens.add(old.starts[k] as number, old.ends[k] as number, old.raws[k] as string, old.norms[k] as string);
  // The tail's words, scanned alone and moved to their place in the whole text.
  scanWords(tokens, text.slice(space));
  tokens.shift(kept, space);
  return tokens.done();
}

function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (/\s/.test(text[i] ?? '')) return i;
  return -1;
}

/**
 * `text.startsWith(prefix)`, written as a slice compared whole: on a growing draft of a few thousand
 * characters the builtin took about ten times longer (Node 20), and this runs at every generated token.
 */
function extendsText(text: string, prefix: string): boolean {
  return text.length >= prefix.length && text.slice(0, prefix.length) === prefix;
}
