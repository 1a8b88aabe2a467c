/**
 * The window cache of phone-windows.ts: what the library finds in a window's text, per default
 * country, remembered across calls (bounded) for the guard's and the panel's re-reads.
 */
import type { PhoneFind } from './phone-windows';

/**
 * A window's text (from readStart, phone-margins.ts: a margin the library does not read is left out,
 * so the guard's copy of a window whose margin a placeholder blanked finds redact's) → per country
 * (MASK_COUNTRIES index, as COUNTRIES), the library's finds there relative to that text, or
 * undefined while not known. Only windows where some country may find something
 * are kept (the guard and the panel re-read them); one proven empty for every asked country is proven
 * again on a re-read, which is cheaper than keeping it. One map keyed by the window's text (a copy
 * when stored: one lookup per window, not per country; 4096 keys holding views on whole requests kept
 * them alive). Bounded in two generations of 2048 windows: a full young map becomes the old one (what
 * is read again moves back), so no eviction walks the map (deleting its oldest entry one by one
 * walked over the deleted ones first).
 */
export type Answers = (readonly PhoneFind[] | undefined)[];
const CACHE_SIZE = 2048;
/**
 * Of the elements kind of every answer read (an array of objects): findPhones keeps the finds of both
 * (keepAll), and an empty literal (small integers) met there after optimisation threw findPhones' code
 * away, in the first request that met the other kind.
 */
const empty: PhoneFind[] = [{ start: 0, end: 0 }];
empty.pop();
export const EMPTY: readonly PhoneFind[] = empty;
/**
 * A new entry, one slot per MASK_COUNTRIES entry (phone-answers.test.ts), written as a literal: the
 * MASK_COUNTRIES.map() it replaced gave packed arrays until answersOf was optimised and holey ones
 * after, and findPhones, optimised on the first kind, was thrown away when the second came.
 */
const unknown = (): Answers => [undefined, undefined, undefined];
let young = new Map<string, Answers>();
let old = new Map<string, Answers>();
export function answersOf(slice: string): Answers {
  let answers = young.get(slice);
  if (answers) return answers;
  answers = old.get(slice) ?? unknown();
  if (young.size >= CACHE_SIZE) {
    old = young;
    young = new Map();
  }
  // A copy: V8 makes a slice of 13+ characters a view holding its whole text (slicing a join copies).
  young.set(slice.length < 13 ? slice : (' ' + slice).slice(1), answers);
  return answers;
}
