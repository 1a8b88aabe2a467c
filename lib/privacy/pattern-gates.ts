/**
 * Cheap questions the pattern detectors ask before running their regexes. On a short text (the
 * logit view's window at every generated token) running a regex costs more in setup than in
 * scanning; the answers here are exact, so a detector that skips on them skips only texts on which
 * its pattern cannot match.
 */

const DIGIT = /[0-9]/;

// The pattern detectors run in a row on the same text: the last answer is kept.
let lastText: string | undefined;
let lastAnswer = false;

/** Whether `text` holds an ASCII digit: what `\d` and `[0-9]` match, with or without the i or u flag. */
export function hasAsciiDigit(text: string): boolean {
  if (text === lastText) return lastAnswer;
  // One native scan: a loop over charCodeAt was slower on short texts than the regex engine.
  const found = DIGIT.test(text);
  lastText = text;
  lastAnswer = found;
  return found;
}

/**
 * What `[...text.matchAll(re)]` gives, for a global regex, without the copy of the regex matchAll
 * makes at each call. The regex's lastIndex is left at 0, as a fresh copy's would be. Not reentrant:
 * callers are synchronous and never nest a scan with the same regex.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    matches.push(m);
    // An empty match moves on one position (a code point with the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return matches;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/**
 * Whether `text` holds `word` (ASCII letters, at least two) with each letter in either case: what
 * /word/i matches without the u flag. Found by the native search for its last letter in each case (a
 * regex tried at every character cost 1 to 3 ns a character on long texts, the search a tenth of
 * that), then the letters before each hit compared.
 */
export function holdsAsciiFolded(text: string, word: string): boolean {
  const last = word.length - 1;
  const lower = word.toLowerCase();
  for (const end of [lower[last] as string, (lower[last] as string).toUpperCase()]) {
    for (let at = text.indexOf(end, last); at >= 0; at = text.indexOf(end, at + 1)) {
      let k = 1;
      while (k <= last && (text.charCodeAt(at - k) | 32) === lower.charCodeAt(last - k)) k++;
      if (k > last) return true;
    }
  }
  return false;
}
