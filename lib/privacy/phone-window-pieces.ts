/**
 * The pieces phone-windows.ts reads for one country in one call: each pending window whole, or the
 * stretches of its consecutive lines that may hold a number for that country (phone-window-lines.ts),
 * joined with a separator no candidate can cross, and the way back from an offset in the joined text
 * to one in the text. Laid out in flat buffers reused across calls (PIECES), not one object per piece.
 */
import { LINES } from './phone-window-lines';
import { grownTo } from './typed-arrays';

/** Cannot be part of any candidate, so the joined windows are read as if alone. */
export const SEPARATOR = '\n\n|\n\n';

/** The pieces of the batch being read: window, offset in its slice, start in the joined text, text. */
export const PIECES = {
  window: new Int32Array(128),
  offset: new Int32Array(128),
  at: new Int32Array(128),
  text: [] as string[],
};

/**
 * What phone-windows.ts knows of each window of the current call that the pieces are cut from: the
 * pending windows in order (pendingAt), whether the matcher applies to each (1) or not (2), the
 * countries pending for it, its slice and where that starts in the text, and its lines (0: whole).
 */
export interface PendingWindows {
  pendingAt: Int32Array;
  appliesTo: Uint8Array;
  pendingMask: Uint8Array;
  slices: readonly string[];
  sliceAt: Int32Array;
  lineFirst: Int32Array;
  lineCount: Int32Array;
}

function addPiece(pieces: number, k: number, offset: number, piece: string): void {
  if (pieces === PIECES.window.length) {
    PIECES.window = grownTo(PIECES.window, 2 * pieces);
    PIECES.offset = grownTo(PIECES.offset, 2 * pieces);
    PIECES.at = grownTo(PIECES.at, 2 * pieces);
  }
  PIECES.window[pieces] = k;
  PIECES.offset[pieces] = offset;
  PIECES.text[pieces] = piece;
}

/**
 * Lays out the pieces of the first `pending` pending windows of one batch (appliesTo) to read for the
 * country of `bit`, in order: a window read whole, or the stretches of its consecutive lines that may
 * hold a number for that country. Returns how many.
 */
export function layPieces(w: PendingWindows, pending: number, bit: number, batch: number): number {
  // Read once into locals: the loops below run per window and per line.
  const { pendingAt, appliesTo, pendingMask, slices, sliceAt, lineFirst, lineCount } = w;
  const lineMay = LINES.may;
  const lineStart = LINES.start;
  const lineEnd = LINES.end;
  let pieces = 0;
  for (let j = 0; j < pending; j++) {
    const k = pendingAt[j] ?? 0;
    if (appliesTo[k] !== batch || !((pendingMask[k] ?? 0) & bit)) continue;
    const slice = slices[k] ?? '';
    const lines = lineCount[k] ?? 0;
    if (lines === 0) {
      addPiece(pieces++, k, 0, slice);
      continue;
    }
    const at = sliceAt[k] ?? 0;
    const first = lineFirst[k] ?? 0;
    const last = first + lines;
    for (let l = first; l < last; l++) {
      if (!((lineMay[l] ?? 0) & bit)) continue;
      let to = l;
      while (to + 1 < last && (lineMay[to + 1] ?? 0) & bit) to++;
      const from = (lineStart[l] ?? 0) - at;
      addPiece(pieces++, k, from, slice.slice(from, (lineEnd[to] ?? 0) - at));
      l = to;
    }
  }
  return pieces;
}

/** The first `pieces` pieces joined by SEPARATOR; where each starts in it goes to PIECES.at. */
export function joinPieces(pieces: number): string {
  const { text, at } = PIECES;
  let joined = text[0] ?? ''; // a chain of concatenations, flattened once when read
  at[0] = 0;
  for (let p = 1; p < pieces; p++) {
    at[p] = joined.length + SEPARATOR.length;
    joined = joined + SEPARATOR + (text[p] ?? '');
  }
  return joined;
}

/**
 * Whether a find is kept at the place in the text of [start, end) of the joined text of `pieces`
 * pieces (the joined offsets mapped back through the windows' `sliceAt`). Made here, not in
 * phone-windows.ts' readPending: a closure there would move the variables it reads into a context,
 * which every loop of readPending then reads them from.
 */
export function keptIn(
  kept: (start: number, end: number) => boolean,
  pieces: number,
  sliceAt: Int32Array,
): (start: number, end: number) => boolean {
  return (start, end) => {
    const p = pieceHolding(start, pieces);
    const k = PIECES.window[p] ?? 0;
    const at = (sliceAt[k] ?? 0) + (PIECES.offset[p] ?? 0) - (PIECES.at[p] ?? 0);
    return kept(at + start, at + end);
  };
}

/** The piece of the joined text that holds offset `at`: the last to start at or before it. */
function pieceHolding(at: number, pieces: number): number {
  let low = 0;
  let high = pieces - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((PIECES.at[mid] ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Lets go of the pieces' texts (they hold the text read) until the next call. */
export function clearPieces(): void {
  PIECES.text.fill('');
}
