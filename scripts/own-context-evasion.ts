/**
 * Evasion variants of a typed form: characters a reader does not see or reads as the same thing
 * (zero-width characters, a soft hyphen, a Cyrillic look-alike letter, full-width or Arabic-Indic
 * digits, full-width letters). Each returns undefined when it cannot change the form.
 */
import { CYRILLIC_OF } from './own-context-text';

export type Evasion = (form: string) => string | undefined;

/** Inserts `mark` after the middle character, away from spaces. */
const inside =
  (mark: string): Evasion =>
  (form) => {
    const chars = [...form];
    if (chars.length < 2) return undefined;
    let at = Math.floor(chars.length / 2);
    while (at > 1 && /\s/.test(chars[at - 1] ?? '')) at--;
    return [...chars.slice(0, at), mark, ...chars.slice(at)].join('');
  };

const mapDigits =
  (zero: number): Evasion =>
  (form) =>
    /\d/.test(form) ? form.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d))) : undefined;

export const EVASIONS: Record<string, Evasion> = {
  'zero-width space': inside('\u200B'),
  'zero-width joiner': inside('\u200D'),
  'word joiner': inside('\u2060'),
  'soft hyphen': inside('\u00AD'),
  'cyrillic look-alike': (form) => {
    const at = [...form].findIndex((ch) => CYRILLIC_OF[ch] !== undefined);
    if (at === -1) return undefined;
    const chars = [...form];
    chars[at] = CYRILLIC_OF[chars[at] ?? ''] ?? '';
    return chars.join('');
  },
  'full-width digits': mapDigits(0xff10),
  'arabic-indic digits': mapDigits(0x0660),
  'full-width letters': (form) =>
    /[A-Za-z]/.test(form)
      ? form.replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x21 + 0xff01))
      : undefined,
};
