/** A word of the scanned text: offsets into the original, and its comparison form. */
export interface Token {
  start: number;
  end: number;
  /** The original characters (possessive 's excluded). */
  raw: string;
  /** Folded, apostrophes removed: what known values are compared on. */
  norm: string;
}

/**
 * The words of a text as columns: word k is text[starts[k], ends[k]), with its raw and norm strings
 * (Token's fields). One object per word made the words of a long request the largest part of what a
 * young-generation GC copied: the offsets here live in two typed arrays outside the heap, and the
 * strings in two arrays (one string for both where a word is its own norm, as most are; a word outside
 * ASCII seen before gets the strings tokenize.ts kept for it).
 * Callers must not write into a Tokens they did not build: tokensOf gives the same one to every caller.
 */
export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly raws: readonly string[];
  readonly norms: readonly string[];
}

// The offsets of the columns being built, in buffers kept between texts (a typed array per text would
// be an allocation outside the heap and its registration for each), copied out at their exact length.
// They are made to hold every word a text can have before its words are added, so add() checks no
// bound: the check (and the call to grow behind it) cost 3-4% of the tokenizer.
let startsAt = new Int32Array(1024);
let endsAt = new Int32Array(1024);
/** Buffers longer than this are cut back when a text needs less than a quarter of them. */
const KEPT_OFFSETS = 1 << 15;

/**
 * The columns of one text being built: the tokenizer passes it along as it did an array of tokens, and
 * it adds each word here. Offsets go to buffers shared by every builder: one text is built at a time.
 */
export class TokenBuilder {
  count = 0;
  readonly raws: string[];
  readonly norms: string[];

  /**
   * `room` is how many words to make room for in the string columns: arrays grown a push at a time
   * were copied a dozen times in a long text (two of them now, where one array of tokens was); more
   * words than that still fit. `most` is how many words can be added at all (a word has at least one
   * character: the characters to scan, and the words added otherwise): no more may be.
   */
  constructor(room: number, most: number) {
    this.raws = new Array<string>(room);
    this.norms = new Array<string>(room);
    const length = startsAt.length;
    if (length < most) makeRoom(Math.max(most, 2 * length));
    else if (length > KEPT_OFFSETS && length > 4 * most) makeRoom(Math.max(most, KEPT_OFFSETS));
  }

  /** Appends the word text[start, end) with its raw and norm strings (one of the `most`). */
  add(start: number, end: number, raw: string, norm: string): void {
    const k = this.count;
    startsAt[k] = start;
    endsAt[k] = end;
    this.raws[k] = raw;
    this.norms[k] = norm;
    this.count = k + 1;
  }

  /** Moves the offsets of the words from `from` on by `offset` (a text's tail, scanned alone). */
  shift(from: number, offset: number): void {
    for (let k = from; k < this.count; k++) {
      startsAt[k] = (startsAt[k] as number) + offset;
      endsAt[k] = (endsAt[k] as number) + offset;
    }
  }

  /** The Tokens built. */
  done(): Tokens {
    const { count, raws, norms } = this;
    // Cut to the words found (in place: the room past them is given back).
    raws.length = count;
    norms.length = count;
    return { count, starts: startsAt.slice(0, count), ends: endsAt.slice(0, count), raws, norms };
  }
}

// What building the columns costs, measured in round 9 (tokenColumns alone, same process, alternated
// with a second copy of the same build: ±1%): building none at all saves 14-23% of the tokenizer; the
// string columns (made with room, then cut) 8%, of which the cut 1-3%; the offsets 5-12%, of which
// the two slices 1-3%. Measured slower: string columns in buffers kept between texts and sliced out
// at their exact length, +11-17% (a young string stored into an old array pays the write barrier);
// string arrays grown a push at a time, +14-24%; offsets interleaved in one buffer, copied out to one
// typed array with two views, +2%. Within noise: offsets given out as views into shared blocks, and
// the offset buffers read through the builder's fields instead of this module's `let`s.
/** New offset buffers for `length` words (made before a text's words are added: none are kept). */
function makeRoom(length: number): void {
  startsAt = new Int32Array(length);
  endsAt = new Int32Array(length);
}

/** The words as one object each: for callers that read few texts, and tests. */
export function tokenList(tokens: Tokens): Token[] {
  const list: Token[] = [];
  for (let k = 0; k < tokens.count; k++)
    list.push({
      start: tokens.starts[k] as number,
      end: tokens.ends[k] as number,
      raw: tokens.raws[k] as string,
      norm: tokens.norms[k] as string,
    });
  return list;
}
