/**
 * The original offsets of a scan text's characters (evasion.ts: ScanText.starts and ends).
 */

/** Code units of the code point at `i` (a lone surrogate is one, as codePointAt reads it). */
export const widthAt = (text: string, i: number): number => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Original offsets of each scan character: ASCII and unchanged characters map one to one. */
export function offsetsOf(
  text: string,
  scanLength: number,
  at: readonly number[],
  pieces: readonly string[],
  pairs: boolean,
) {
  // Written by index into arrays of their final length: pushing two entries per character was most
  // of the cost of a text that does change.
  // One buffer for both (each typed array of its own is an allocation outside the heap, zeroed and
  // registered with the GC): ends is the view after starts.
  const both = new Int32Array(2 * scanLength + 1);
  const starts = both.subarray(0, scanLength + 1);
  const ends = both.subarray(scanLength + 1);
  let out = 0;
  let from = 0;
  for (let k = 0; k <= at.length; k++) {
    // The unchanged stretch before the next changed code point: a code unit each, a surrogate pair's
    // two units both spanning the pair (never split: a pair is one code point, changed or not).
    const to = at[k] ?? text.length;
    // Without a pair in the text (scanNonAscii read every one), a code unit each, read from nowhere.
    if (!pairs)
      for (let j = from; j < to; j++, out++) {
        starts[out] = j;
        ends[out] = j + 1;
      }
    else
      for (let j = from; j < to; j++, out++) {
        const code = text.charCodeAt(j);
        if (code >= 0xd800 && code <= 0xdbff && widthAt(text, j) === 2) {
          starts[out] = j;
          ends[out] = j + 2;
          out++;
          starts[out] = j;
          ends[out] = j + 2;
          j++;
        } else {
          starts[out] = j;
          ends[out] = j + 1;
        }
      }
    if (k === at.length) break;
    const width = widthAt(text, to);
    for (let c = (pieces[k] ?? '').length; c > 0; c--, out++) {
      starts[out] = to;
      ends[out] = to + width;
    }
    from = to + width;
  }
  starts[out] = text.length;
  return { starts, ends };
}

// Offsets of a scan text as long as its original, each character from the one at its place:
// starts[i] = i, ends[i] = i + 1. One buffer holding i at i serves them all (two views of it per
// scan, nothing written per character); it is grown when a text is longer, and never written after
// (the views are read-only by their type). Texts as long as the cap or longer get their own from
// offsetsOf, as before, so the buffer kept stays small (256 KiB at most).
const ONE_TO_ONE_CAP = 1 << 16;
let oneToOne = new Int32Array(0);

/**
 * The offsets offsetsOf gives a scan text of `length` whose every character maps to its own place;
 * undefined past the cap (offsetsOf writes them then).
 */
export function oneToOneOffsets(length: number): { starts: Int32Array; ends: Int32Array } | undefined {
  if (length >= ONE_TO_ONE_CAP) return undefined;
  if (oneToOne.length < length + 1) {
    const grown = new Int32Array(Math.min(ONE_TO_ONE_CAP, Math.max(length + 1, 2 * oneToOne.length)));
    for (let i = 0; i < grown.length; i++) grown[i] = i;
    oneToOne = grown;
  }
  return { starts: oneToOne.subarray(0, length + 1), ends: oneToOne.subarray(1, length + 1) };
}

/** Whether `starts` are oneToOneOffsets' (each scan character at its own original place). */
export const isOneToOne = (starts: Readonly<ArrayLike<number>>): boolean =>
  starts instanceof Int32Array && starts.buffer === oneToOne.buffer && starts.byteOffset === 0;
