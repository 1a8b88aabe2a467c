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
 * again on a re-read, which is cheaper than keeping it. Keyed by the window's text, one entry per
 * window, not per country (a copy when stored: 4096 keys holding views on whole requests kept them
 * alive); a window not in the current generation costs a lookup in each of the other two.
 *
 * Kept for three reads (findPhones calls that store): the one under way, and the two before it. A
 * request's redact, then its guard, then the panel's re-check of the edited text find what the
 * others read; what is read again moves to the current one. A map full at CACHE_SIZE windows also
 * moves on (a huge paste), so no eviction walks a map (deleting the oldest entry one by one walked
 * over the deleted ones first).
 * Why by read and not by count alone: two generations of 2048 windows kept a window for 15-30
 * requests of 20,000 characters met once, longer than the 16 MB between two young-generation GCs,
 * so each GC copied the windows of the last 15 requests and moved those of the ones before to the
 * old generation. Measured over 30 new texts of each size and long set after the bench's warm-up
 * (node, --trace-gc-nvp, three runs each way), before and after: moved to the old generation per GC,
 * 233-247 KB and 61-63 (what no cache at all gives); copied, 497-612 KB and 394-422; pauses,
 * 0.93-1.44 ms and 0.76-0.82 on average. A cap of 128 or 256 windows still moved 177-247 KB. In
 * bench:privacy's timed sets (150 requests, 3 GCs a run; 6 runs each) it halved what was moved
 * (137 -> 66 KB a GC), and pauses stayed about the same (1.04 -> 1.01 ms on average).
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
let current = new Map<string, Answers>();
let previous = new Map<string, Answers>();
let before = new Map<string, Answers>();
/** Counts findPhones calls (nextRead), and the call that last stored a window. */
let reads = 0;
let storedIn = -1;

/** A findPhones call starts: the windows it stores go to a generation of their own. */
export function nextRead(): void {
  reads++;
}

export function answersOf(slice: string): Answers {
  let answers = current.get(slice);
  if (answers) return answers;
  answers = previous.get(slice) ?? before.get(slice) ?? unknown();
  // The first store of a read, or a full map, moves the generations on (a read that stores
  // nothing moves nothing: the logit view's short windows do not push the request's out).
  if ((storedIn !== reads && current.size > 0) || current.size >= CACHE_SIZE) {
    before = previous;
    previous = current;
    current = new Map();
  }
  storedIn = reads;
  // A copy: V8 makes a slice of 13+ characters a view holding its whole text (slicing a join copies).
  current.set(slice.length < 13 ? slice : (' ' + slice).slice(1), answers);
  return answers;
}
