/**
 * matchAll of a pattern that is costly to try at every position, tried only where a match can start.
 * It serves patterns whose matches (1) contain a hit of a cheap `trigger` pattern, and (2) start where
 * a run of "run characters" starts (the pattern's lookbehind says the character before is none) and
 * hold only run characters from their start up to that hit. Then each match starts at the start of
 * the run holding one of the trigger's hits, and trying the pattern there, in the text's order,
 * skipping starts before the end of the last match, finds what matchAll finds: every earlier start
 * either was tried and failed or could hold no match.
 */

/** Code units of the run character that ends just before `at` (0: none). */
export type RunCharBefore = (text: string, at: number) => number;

/** A run character in a table of ASCII code units. */
export function asciiRun(chars: string): RunCharBefore {
  const table = new Uint8Array(128);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return (text, at) => {
    const code = text.charCodeAt(at - 1);
    return code < 128 && table[code] === 1 ? 1 : 0;
  };
}

/** Letters, digits and word characters of ASCII, as `\w` reads them without the u flag. */
export const WORD_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';

/**
 * What `text.matchAll(pattern)` gives, for a pattern meeting (1) and (2) above: `sticky` is the
 * pattern with the y flag instead of g, `trigger` a global pattern whose hits lie inside every match.
 */
export function anchoredMatches(
  text: string,
  trigger: RegExp,
  runCharBefore: RunCharBefore,
  sticky: RegExp,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0; // where matchAll's next search would begin
  let tried = -1; // the last start tried: starts only grow, so one is enough
  // The last hit and its run's start: a walk that reaches that hit (a run character itself) is in
  // its run, so walks cost the text between hits, not the whole run each time.
  let lastHit = -1;
  let lastStart = -1;
  trigger.lastIndex = 0;
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    if (hit[0] === '') trigger.lastIndex++;
    let start = hit.index;
    for (let width = runCharBefore(text, start); width > 0; width = runCharBefore(text, start)) {
      start -= width;
      if (start === lastHit) {
        start = lastStart;
        break;
      }
    }
    lastHit = hit.index;
    lastStart = start;
    if (start < from || start === tried) continue;
    tried = start;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match) {
      matches.push(match);
      from = start + match[0].length;
    }
  }
  return matches;
}
