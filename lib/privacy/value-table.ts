import { fold } from './fold';

/**
 * applySpans' placeholders by value, as a Map keyed by fold() would give them, without a folded string
 * per value. A value in printable ASCII (most: amounts, ids, names in a table) folds to its lower case,
 * so it is hashed and compared from the text's characters, upper case read as lower; any other value,
 * and each value of the job's vault, is keyed by its fold() string (which holds no upper-case ASCII
 * letter), hashed and compared the same way. Two keys are equal exactly when their folds are. A dense
 * table redacts a value every twenty characters: the Map's hashing of a fresh string, its entries and
 * its growth were about half of applying the spans. One table serves every call, cleared at the next.
 */

// Open addressing: slots[h] is 1 + an entry's index, 0 where empty. Entry k is [starts[k], ends[k]) of
// sources[k] (a fold string), or of the call's text where sources[k] is undefined.
let slots = new Int32Array(64);
let mask = 63;
let starts = new Int32Array(32);
let ends = new Int32Array(32);
let sources: (string | undefined)[] = [];
let placeholders: string[] = [];
let count = 0;
let text = '';

/** Makes the table empty, with room for `most` entries, for values of `of`. */
export function resetValues(of: string, most: number): void {
  text = of;
  count = 0;
  const size = ceilingPowerOfTwo(2 * most + 2);
  if (slots.length < size || slots.length > 4 * size + 4096) slots = new Int32Array(size);
  else slots.fill(0, 0, size);
  if (starts.length < most || starts.length > 4 * most + 4096) {
    starts = new Int32Array(most + 1);
    ends = new Int32Array(most + 1);
  }
  mask = size - 1;
  // New each call: the strings of an earlier job are not kept past it.
  sources = new Array<string | undefined>(most);
  placeholders = new Array<string>(most);
}

/** Lets go of the call's text and values (a table left filled would keep the last job's text alive). */
export function releaseValues(): void {
  text = '';
  sources = [];
  placeholders = [];
}

/** Files `placeholder` under the fold of a vault value (its key is fold(original)). */
export function addVaultValue(original: string, placeholder: string): void {
  const key = fold(original);
  const h = hashOf(key, 0, key.length);
  const at = find(key, 0, key.length, h);
  // Two values of a vault with one fold (a vault edited by hand): the later one's placeholder, as
  // filing each in a Map in turn gave.
  if (at >= 0) placeholders[at] = placeholder;
  else fill(emptySlot, 0, key.length, placeholder, key);
}

/**
 * The placeholder filed for the fold of text[start, end), or undefined: then fileLast files the
 * value's placeholder, before any other call.
 */
export function placeholderOf(start: number, end: number): string | undefined {
  let source: string | undefined;
  let from = start;
  let to = end;
  // hashOf of the text's characters, read in the same pass that finds whether they are all printable
  // ASCII (most values): two passes over each value were a fifth of applying the spans.
  let h = (end - start) | 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) {
      source = fold(text.slice(start, end));
      from = 0;
      to = source.length;
      break;
    }
    h = Math.imul(h ^ lower(c), 0x9e3779b1);
  }
  const at = find(
    source ?? text,
    from,
    to,
    source === undefined ? (h ^ (h >>> 15)) | 0 : hashOf(source, 0, to),
  );
  if (at >= 0) return placeholders[at] as string;
  // find stopped at the empty slot this value goes to.
  missedFrom = from;
  missedTo = to;
  missedSource = source;
  return undefined;
}

/** Files `placeholder` for the value placeholderOf last found none for. */
export function fileLast(placeholder: string): void {
  fill(emptySlot, missedFrom, missedTo, placeholder, missedSource);
}

// What the last placeholderOf found no entry for (no object for it: most values are new), and the
// empty slot where its probe (or addVaultValue's) ended.
let missedFrom = 0;
let missedTo = 0;
let missedSource: string | undefined;
let emptySlot = 0;

/** A-Z read as a-z; every other code as it is. */
const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/** The hash of of[from, to), A-Z read as a-z (placeholderOf reads it inline for printable ASCII). */
function hashOf(of: string, from: number, to: number): number {
  let h = (to - from) | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lower(of.charCodeAt(i)), 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

/** The index of the entry equal to of[from, to), or -1. */
function find(of: string, from: number, to: number, h: number): number {
  const length = to - from;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const entry = (slots[slot] as number) - 1;
    if (entry < 0) {
      emptySlot = slot;
      return -1;
    }
    const source = sources[entry] ?? text;
    const start = starts[entry] as number;
    if ((ends[entry] as number) - start !== length) continue;
    let same = true;
    for (let i = 0; same && i < length; i++)
      same = lower(source.charCodeAt(start + i)) === lower(of.charCodeAt(from + i));
    if (same) return entry;
  }
}

/** Files [from, to) of `source` (the call's text where undefined) in `slot`, which is empty. */
function fill(slot: number, from: number, to: number, placeholder: string, source: string | undefined): void {
  slots[slot] = count + 1;
  starts[count] = from;
  ends[count] = to;
  sources[count] = source;
  placeholders[count] = placeholder;
  count++;
}

function ceilingPowerOfTwo(n: number): number {
  let size = 64;
  while (size < n) size *= 2;
  return size;
}
