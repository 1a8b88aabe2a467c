/**
 * The placeholder format, `[KIND_n]`, in one place. Kinds are written upper case; the cloud may send
 * them back in another case, so reading accepts any.
 */
export function placeholder(kind: string, n: number): string {
  if (!(n >= 0 && n < KEPT_NUMBERS && Number.isInteger(n))) return `[${kind}_${n}]`;
  let numbered = made.get(kind);
  if (!numbered) {
    if (made.size >= KEPT_KINDS) made.clear();
    made.set(kind, (numbered = []));
  }
  return (numbered[n] ??= `[${kind}_${n}]`);
}

// The same placeholders are made again at every request ("[PERSON_1]", "[AMOUNT_12]"), and each becomes
// a key of the job's vault: the string made once is already hashed and interned as a property name,
// so adding it to the next vault costs less than a fresh one. Bounded: a few kinds, small numbers.
const made = new Map<string, string[]>();
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
