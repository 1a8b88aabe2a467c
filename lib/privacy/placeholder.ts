import { isPiiKind } from './types';

/**
 * The placeholder format, `[KIND_n]`, in one place. Kinds are written upper case; the cloud may send
 * them back in another case, so reading accepts any.
 */
export function placeholder(kind: string, n: number): string {
  if (!(n >= 0 && n < KEPT_NUMBERS && Number.isInteger(n))) return `[${kind}_${n}]`;
  let numbered = made.get(kind);
  if (!numbered) {
    if (made.size >= KEPT_KINDS) {
      made.clear();
      madeKinds.length = 0;
    }
    made.set(kind, (numbered = []));
    madeKinds.push({ kind, numbered, pii: isPiiKind(kind) });
  }
  return (numbered[n] ??= `[${kind}_${n}]`);
}

/**
 * The string placeholder() made that reads text[open, end), if it made one: for a placeholder written
 * as placeholder() writes (kind in upper case, a number without a leading zero), found from char
 * codes. The guard looks each placeholder of the outbound text up in the job's vault, whose keys are
 * these strings: looking one up by a fresh slice first finds the slice's interned copy, at a cost the
 * lookup itself does not have.
 */
export function madePlaceholder(text: string, open: number, end: number): string | undefined {
  const underscore = text.indexOf('_', open);
  const made = madeKindAt(text, open, underscore);
  return made && madeNumbered(made, text, underscore, end);
}

/** A kind placeholder() wrote, its placeholders by number, and whether it is a PII kind. */
export interface MadeKind {
  readonly kind: string;
  readonly numbered: string[];
  readonly pii: boolean;
}

/** The kind placeholder() made that reads text[open + 1, underscore), if it made one. */
export function madeKindAt(text: string, open: number, underscore: number): MadeKind | undefined {
  const length = underscore - open - 1;
  for (const made of madeKinds) {
    const { kind } = made;
    if (kind.length !== length) continue;
    let same = true;
    for (let i = 0; same && i < length; i++) same = kind.charCodeAt(i) === text.charCodeAt(open + 1 + i);
    if (same) return made;
  }
  return undefined;
}

/** The placeholder of `made` that text[underscore + 1, end - 1) numbers, if placeholder() made it. */
export function madeNumbered(
  made: MadeKind,
  text: string,
  underscore: number,
  end: number,
): string | undefined {
  let n = 0;
  for (let i = underscore + 1; i < end - 1 && n < KEPT_NUMBERS; i++) n = n * 10 + text.charCodeAt(i) - 48;
  // Same kind, same number and same length: the same characters (a leading zero would be longer).
  const found = n < KEPT_NUMBERS ? made.numbered[n] : undefined;
  const open = underscore - made.kind.length - 1;
  return found !== undefined && found.length === end - open ? found : undefined;
}

// The same placeholders are made again at every request ("[PERSON_1]", "[AMOUNT_12]"), and each becomes
// a key of the job's vault: the string made once is already hashed and interned as a property name,
// so adding it to the next vault costs less than a fresh one. Bounded: a few kinds, small numbers.
const made = new Map<string, string[]>();
// The same, as a list: the guard finds a kind by comparing characters, with no string to hash.
const madeKinds: MadeKind[] = [];
const KEPT_KINDS = 64;
const KEPT_NUMBERS = 4096;

/** Every placeholder in a text, with its kind and number as groups. */
export const PLACEHOLDER = /\[([A-Za-z]+)_(\d+)\]/g;

/** The start of a placeholder that the next streamed chunk may complete ("[PERS", "[PERSON_"). */
export const PARTIAL_PLACEHOLDER = /^\[[A-Za-z]*_?\d*$/;

/** Kind and number of a placeholder, or undefined when the text is not exactly one. */
export function parsePlaceholder(text: string): { kind: string; n: number } | undefined {
  const match = /^\[([A-Za-z]+)_(\d+)\]$/.exec(text);
  return match?.[1] && match[2] ? { kind: match[1].toUpperCase(), n: Number(match[2]) } : undefined;
}
