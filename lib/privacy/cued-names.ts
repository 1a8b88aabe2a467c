import {
  ABBREVIATIONS,
  ADDRESSEES,
  GREETINGS,
  HONORIFICS,
  LEGAL_FORM_ABBREVIATIONS,
  MESSAGE_WORDS,
  NAMING_CUES,
  REPORTING_VERBS,
} from './lexicon';
import { isFunctionWord } from './function-words';
import { isUnknownWord, nameLike, ORDINARY_ENDING, startsSentence } from './name-shape';
import type { NameSpan } from './names';
import { isCapitalised, type Token } from './normalize';
import { WordFlags } from './word-flags';
import { isWellKnown } from './words';

const isWord = (token: Token | undefined): token is Token =>
  !!token && /^\p{L}+$/u.test(token.raw) && !isFunctionWord(token.norm);

/**
 * Names that the words around them mark, whatever the name itself looks like: the word a greeting
 * addresses ("Hi May,", "Hello Frank,"), who spoke in a thread ("Harry replied on …"), the word after
 * a title glued to it ("Ms.yoyo"), whom a message is to ("a mail to Blessing"), a word no dictionary
 * knows after a word that names ("my company called soskill", "who is lualhati"), and a company
 * before its legal form in lower case ("snowflake inc").
 * `flags` are the tokens' WordFlags; `found` are the spans found so far, and a cued name inside one
 * is not found twice.
 */
export function cuedNames(
  text: string,
  tokens: Token[],
  flags: Uint8Array,
  found: readonly NameSpan[],
): NameSpan[] {
  const spans: NameSpan[] = [];
  const taken = (token: Token) => found.some((s) => s.start < token.end && token.start < s.end);
  for (let i = 0; i < tokens.length; i++) {
    // Most words have no cue next to them: ask the cheap question first (this runs on every request).
    // Reads stay inside the arrays: a read before the first or past the last word deoptimised this
    // loop the first time a text began or ended with a cue (flags holds one entry per token).
    const last = i + 1 < tokens.length;
    const cue =
      (i > 0 ? (flags[i - 1] as number) & WordFlags.CuesNext : 0) |
      (last ? (flags[i + 1] as number) & WordFlags.CuesPrevious : 0);
    const token = tokens[i];
    if (!cue || !token) continue;
    const before = i > 0 ? tokens[i - 1] : undefined;
    const after = last ? tokens[i + 1] : undefined;
    const twoBefore = i > 1 ? (tokens[i - 2]?.norm ?? '') : '';
    // What each kind of cue below needs of the words around, asked first: "to" and "is" are cues only
    // after a message word and after "who", and are everywhere. A reporting verb or a legal form after
    // the word is what CuesPrevious flags (word-flags.test.ts), and every word the lists asked of the
    // word before is one CuesNext flags: the lists are asked only on the side whose flag is set.
    const prev = before?.norm ?? '';
    const cued =
      (cue & WordFlags.CuesPrevious) !== 0 ||
      (prev === 'is' && twoBefore === 'who') ||
      (prev === 'to' && MESSAGE_WORDS.has(twoBefore)) ||
      ((cue & WordFlags.CuesNext) !== 0 &&
        (GREETINGS.has(prev) || NAMING_CUES.has(prev) || (HONORIFICS.has(prev) && ABBREVIATIONS.has(prev))));
    if (!cued || !isWord(token) || taken(token)) continue;
    const gapBefore = before ? text.slice(before.end, token.start) : '';
    const gapAfter = text.slice(token.end, after?.start ?? text.length);
    const greeted =
      !!before &&
      GREETINGS.has(before.norm) &&
      /^[ \t]{1,2}$/.test(gapBefore) &&
      isCapitalised(token.raw) &&
      /^\s*(?:,|!|\n|$)/.test(gapAfter) &&
      !ADDRESSEES.has(token.norm);
    const speaker =
      !!after &&
      REPORTING_VERBS.has(after.norm) &&
      /^ $/.test(gapAfter) &&
      isCapitalised(token.raw) &&
      startsSentence(text, before, token) &&
      !isWellKnown(token.norm);
    const titled =
      !!before && HONORIFICS.has(before.norm) && ABBREVIATIONS.has(before.norm) && /^\.$/.test(gapBefore);
    const addressed =
      before?.norm === 'to' &&
      MESSAGE_WORDS.has(twoBefore) &&
      isCapitalised(token.raw) &&
      !isWellKnown(token.norm);
    const named =
      !!before &&
      (NAMING_CUES.has(before.norm) || (before.norm === 'is' && twoBefore === 'who')) &&
      /^[ \t]{1,2}$/.test(gapBefore) &&
      !nameLike(token) &&
      !ORDINARY_ENDING.test(token.norm) &&
      isUnknownWord(token);
    if (named) spans.push({ start: token.start, end: token.end, kind: 'PRIVATE' });
    else if (greeted || speaker || titled || addressed)
      spans.push({ start: token.start, end: token.end, kind: 'PERSON' });
    else if (after && LEGAL_FORM_ABBREVIATIONS.has(after.norm) && /^ $/.test(gapAfter) && !nameLike(token))
      spans.push({ start: token.start, end: after.end, kind: 'ORG' });
  }
  return spans;
}
