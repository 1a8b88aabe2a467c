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
import { isCapitalised, type Tokens } from './normalize';
import { WordFlags } from './word-flags';
import { isWellKnown } from './words';

const isWord = (raw: string, norm: string): boolean => /^\p{L}+$/u.test(raw) && !isFunctionWord(norm);

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
  tokens: Tokens,
  flags: Uint8Array,
  found: readonly NameSpan[],
): NameSpan[] {
  const spans: NameSpan[] = [];
  const { count, starts, ends, raws, norms } = tokens;
  const taken = (start: number, end: number) => found.some((s) => s.start < end && start < s.end);
  for (let i = 0; i < count; i++) {
    // Most words have no cue next to them: ask the cheap question first (this runs on every request).
    // Reads stay inside the arrays: a read before the first or past the last word deoptimised this
    // loop the first time a text began or ended with a cue (flags holds one entry per token).
    const last = i + 1 < count;
    const cue =
      (i > 0 ? (flags[i - 1] as number) & WordFlags.CuesNext : 0) |
      (last ? (flags[i + 1] as number) & WordFlags.CuesPrevious : 0);
    if (!cue) continue;
    const start = starts[i] as number;
    const end = ends[i] as number;
    const raw = raws[i] as string;
    const norm = norms[i] as string;
    const hasBefore = i > 0;
    const twoBefore = i > 1 ? (norms[i - 2] as string) : '';
    // What each kind of cue below needs of the words around, asked first: "to" and "is" are cues only
    // after a message word and after "who", and are everywhere. A reporting verb or a legal form after
    // the word is what CuesPrevious flags (word-flags.test.ts), and every word the lists asked of the
    // word before is one CuesNext flags: the lists are asked only on the side whose flag is set.
    const prev = hasBefore ? (norms[i - 1] as string) : '';
    const cued =
      (cue & WordFlags.CuesPrevious) !== 0 ||
      (prev === 'is' && twoBefore === 'who') ||
      (prev === 'to' && MESSAGE_WORDS.has(twoBefore)) ||
      ((cue & WordFlags.CuesNext) !== 0 &&
        (GREETINGS.has(prev) || NAMING_CUES.has(prev) || (HONORIFICS.has(prev) && ABBREVIATIONS.has(prev))));
    if (!cued || !isWord(raw, norm) || taken(start, end)) continue;
    const after = last ? (norms[i + 1] as string) : undefined;
    const gapBefore = hasBefore ? text.slice(ends[i - 1], start) : '';
    const gapAfter = text.slice(end, last ? starts[i + 1] : text.length);
    const greeted =
      hasBefore &&
      GREETINGS.has(prev) &&
      /^[ \t]{1,2}$/.test(gapBefore) &&
      isCapitalised(raw) &&
      /^\s*(?:,|!|\n|$)/.test(gapAfter) &&
      !ADDRESSEES.has(norm);
    const speaker =
      after !== undefined &&
      REPORTING_VERBS.has(after) &&
      /^ $/.test(gapAfter) &&
      isCapitalised(raw) &&
      startsSentence(text, tokens, i) &&
      !isWellKnown(norm);
    const titled = hasBefore && HONORIFICS.has(prev) && ABBREVIATIONS.has(prev) && /^\.$/.test(gapBefore);
    const addressed =
      prev === 'to' && MESSAGE_WORDS.has(twoBefore) && isCapitalised(raw) && !isWellKnown(norm);
    const named =
      hasBefore &&
      (NAMING_CUES.has(prev) || (prev === 'is' && twoBefore === 'who')) &&
      /^[ \t]{1,2}$/.test(gapBefore) &&
      !nameLike(raw, norm) &&
      !ORDINARY_ENDING.test(norm) &&
      isUnknownWord(raw, norm);
    if (named) spans.push({ start, end, kind: 'PRIVATE' });
    else if (greeted || speaker || titled || addressed) spans.push({ start, end, kind: 'PERSON' });
    else if (
      after !== undefined &&
      LEGAL_FORM_ABBREVIATIONS.has(after) &&
      /^ $/.test(gapAfter) &&
      !nameLike(raw, norm)
    )
      spans.push({ start, end: ends[i + 1] as number, kind: 'ORG' });
  }
  return spans;
}
