/**
 * The placeholder format, `[KIND_n]`, in one place. Kinds are written upper case; the cloud may send
 * them back in another case, so reading accepts any.
 */
export function placeholder(kind: string, n: number): string {
  return `[${kind}_${n}]`;
}

/** Every placeholder in a text, with its kind and number as groups. */
export const PLACEHOLDER = /\[([A-Za-z]+)_(\d+)\]/g;

/** The start of a placeholder that the next streamed chunk may complete ("[PERS", "[PERSON_"). */
export const PARTIAL_PLACEHOLDER = /^\[[A-Za-z]*_?\d*$/;

/** Kind and number of a placeholder, or undefined when the text is not exactly one. */
export function parsePlaceholder(text: string): { kind: string; n: number } | undefined {
  const match = /^\[([A-Za-z]+)_(\d+)\]$/.exec(text);
  return match?.[1] && match[2] ? { kind: match[1].toUpperCase(), n: Number(match[2]) } : undefined;
}
