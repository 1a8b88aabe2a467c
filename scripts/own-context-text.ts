/**
 * Text helpers of the own-context suite: which script a value is written in, the ordinary-word test
 * used to pick generic words, and the visible-form comparison that decides whether a value leaked.
 */
import { isCommonWord } from '../lib/privacy/words';

export type Script = 'han' | 'thai' | 'tamil' | 'latin';

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const THAI = /\p{Script=Thai}/u;
const TAMIL = /\p{Script=Tamil}/u;

export function scriptOf(text: string): Script {
  if (HAN.test(text)) return 'han';
  if (THAI.test(text)) return 'thai';
  if (TAMIL.test(text)) return 'tamil';
  return 'latin';
}

/** Scripts written without spaces between words: a value sits inside a run of characters. */
export const runScript = (text: string): boolean => HAN.test(text) || THAI.test(text);

/** An ordinary English word, per the word-frequency list the project ships (SCOWL). */
export const ordinary = (word: string): boolean => isCommonWord(word.toLowerCase());

export const stripDiacritics = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '');

export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

// Cyrillic letters that look like Latin ones, mapped to the Latin letter they imitate.
const LOOKALIKE: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};
export const CYRILLIC_OF = Object.fromEntries(Object.entries(LOOKALIKE).map(([cyr, lat]) => [lat, cyr]));
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;

/**
 * What a reader sees: invisible characters dropped, compatibility forms (full-width) folded, other
 * digit sets read as ASCII digits, Cyrillic look-alikes read as Latin, lower case. Both the typed form
 * and the outbound text are compared in this form, so an evasion that survives redaction counts as a leak.
 */
export function visible(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0400-\u04FF]/g, (ch) => LOOKALIKE[ch] ?? ch)
    .toLowerCase();
}

const WORDCHAR = /[\p{L}\p{N}]/u;
const LATIN_WORDCHAR = /[\p{Script=Latin}\p{N}]/u;

/**
 * Whether `needle` occurs in `hay` as a whole: where it begins or ends with a letter or digit of a
 * spaced script, the neighbouring character must not be one ("tom" is not in "tomorrow"); inside runs
 * of Han or Thai no boundary is needed.
 */
export function occurs(hay: string, needle: string): boolean {
  if (!needle) return false;
  const first = needle.charAt(0);
  const last = needle.charAt(needle.length - 1);
  const guardStart = WORDCHAR.test(first) && !runScript(first);
  const guardEnd = WORDCHAR.test(last) && !runScript(last);
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay.charAt(at - 1);
    const after = hay.charAt(at + needle.length);
    if (guardStart && before && LATIN_WORDCHAR.test(before)) continue;
    if (guardEnd && after && LATIN_WORDCHAR.test(after)) continue;
    return true;
  }
  return false;
}

/** Whether a typed form is still readable in the outbound text. */
export const stillThere = (outbound: string, form: string): boolean =>
  occurs(visible(outbound), visible(form));

/**
 * Whether part of a typed form is still readable where the whole is not ("$84,[NUMBER_1]"): for a form
 * with digits, a piece of two or more characters holding a digit survives (a currency code or a month
 * name alone does not count); for a form without, the surviving pieces make up more than half of its
 * letters. Pieces that the instruction holds elsewhere do not count.
 */
export function partlyThere(outbound: string, form: string, instruction: string): boolean {
  const out = visible(outbound);
  const rest = visible(instruction.replace(form, ' '));
  const pieces = (visible(form).match(/[\p{L}\p{N}]+/gu) ?? []).filter((p) => p.length >= 2);
  const survives = (piece: string) => occurs(out, piece) && !occurs(rest, piece);
  if (pieces.some((p) => /\d/.test(p))) return pieces.some((p) => /\d/.test(p) && survives(p));
  const letters = pieces.reduce((n, p) => n + p.length, 0);
  const kept = pieces.filter(survives).reduce((n, p) => n + p.length, 0);
  return letters > 0 && kept * 2 > letters;
}
