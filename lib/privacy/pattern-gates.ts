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
 * What `[...text.matchAll(re)]` gives, for a global regex (from `from`, where none starts before it),
 * without the copy of the regex matchAll makes at each call. The regex's lastIndex is left at 0, as a
 * fresh copy's would be. Not reentrant: callers are synchronous and never nest a scan with the same
 * regex.
 */
export function allMatches(text: string, re: RegExp, from = 0): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // A global scan from 0 and one from `from` find the same matches when none starts before `from`
  // (FirstMatchGate's answer): each exec finds the leftmost match at or after lastIndex.
  re.lastIndex = from;
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
 * Where the first match of any of several patterns starts. Most texts hold no SSN, NINO, ZIP, UK
 * postcode, P.O. box or street type, and one scan with their alternation costs less than a scan with
 * each (V8 reads each character once and tries the alternatives there): 3.2 ns a character for the
 * six, 4.7 in six scans. A match of the alternation at p is the leftmost match of one of them, so none
 * of them matches before p: each detector scans from p (allMatches' `from`), or not at all when there is
 * none. Whatever p is, one scan up to p and the others from p cost no more than the others from 0.
 */
export class FirstMatchGate {
  private readonly sources: string[] = [];
  private union: RegExp | undefined;
  private lastText: string | undefined;
  private lastAnswer = -1;

  /**
   * Adds a pattern, as a source read with the g flag alone, that matches (at the same start) wherever
   * the detector's pattern does. No backreference or named group: the alternation renumbers groups.
   */
  add(source: string): void {
    if (/\\[1-9k]|\(\?<[^=!]/.test(source)) throw new Error('FirstMatchGate: a source with a backreference');
    this.sources.push(source);
    this.union = undefined;
    this.lastText = undefined;
  }

  /** The start of the first match of any added pattern in `text`, or -1 when none matches. */
  firstIndex(text: string): number {
    // The detectors that share the gate run in a row on the same text: the last answer is kept.
    if (text === this.lastText) return this.lastAnswer;
    this.union ??= new RegExp(this.sources.map((source) => `(?:${source})`).join('|'), 'g');
    this.union.lastIndex = 0;
    const found = this.union.exec(text);
    this.union.lastIndex = 0;
    this.lastText = text;
    this.lastAnswer = found ? found.index : -1;
    return this.lastAnswer;
  }
}

/** The gate of the national-id and street-address detectors' case-sensitive patterns. */
export const ID_AND_ADDRESS_GATE = new FirstMatchGate();
