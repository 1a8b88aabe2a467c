import type { Tokens } from './normalize';
import type { Finding } from './types';

/**
 * Long numbers written in groups: "0019 3485 9916 3058", "1234-5678-9012", "61 1090 1014 0000 0712".
 * The codes detector withholds a run of six digits or more as a long number (an account, an order, a
 * reference), but the same digits with a space or a hyphen every four left every group too short to
 * count: a card number that fails the Luhn check, a bank account or a customer number went out whole,
 * and a phone number the library read inside one ("1140 [PHONE_1]") left its first group behind.
 *
 * A chain is three or more words of ASCII digits in a row, one space or one hyphen (the same one
 * throughout) between each two, each word six digits at most (a longer one is a long number by
 * itself). It is a long number when it holds twelve digits or more and its inner groups three to six
 * each: shorter chains are mostly phone numbers (the phone detector's), and groups of one or two
 * digits are dates, times and scores ("2026-11-07", "12 34 56"). Two shapes of ordinary numbers are
 * left alone: thousands written with a space or a hyphen ("100 000 000 000": a first group of one to
 * three digits, then groups of three), and years in a row ("2019 2020 2021").
 */
export class GroupedNumbers {
  private groups = 0;
  private first = 0; // the chain's first and last words (indices into tokens)
  private last = 0;
  private separator = 0; // the char code between its groups (0: one group so far)
  private digits = 0;
  private lastLength = 0;
  private inner = true; // every group but the first and the last holds three to six digits
  private years = true; // every group is four digits opening with 19 or 20
  private thousands = true; // a first group of one to three digits, then groups of three

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly spans: Finding[],
  ) {}

  /** Word `k` is `length` ASCII digits and nothing else (words are given in reading order). */
  add(k: number, length: number): void {
    if (length > MOST_IN_GROUP) return this.close();
    const { starts, ends } = this.tokens;
    if (this.groups > 0 && k === this.last + 1) {
      const gap = ends[this.last] as number;
      const c = this.text.charCodeAt(gap);
      if (
        starts[k] === gap + 1 &&
        (c === SPACE || c === HYPHEN) &&
        (this.separator === 0 || c === this.separator)
      ) {
        this.separator = c;
        // The group that was last is inside the chain now, unless it was the first.
        if (this.groups >= 2) this.inner &&= this.lastLength >= 3;
        this.thousands &&= length === 3;
        this.extend(k, length);
        return;
      }
    }
    this.close();
    this.first = k;
    this.thousands = length <= 3;
    this.extend(k, length);
  }

  /** The end of the words: the open chain is judged. */
  end(): void {
    this.close();
  }

  private extend(k: number, length: number): void {
    const start = this.tokens.starts[k] as number;
    const c0 = this.text.charCodeAt(start);
    const c1 = this.text.charCodeAt(start + 1);
    this.years &&= length === 4 && ((c0 === ONE && c1 === NINE) || (c0 === TWO && c1 === ZERO));
    this.groups++;
    this.digits += length;
    this.last = k;
    this.lastLength = length;
  }

  private close(): void {
    if (this.groups >= 3 && this.digits >= LEAST_DIGITS && this.inner && !this.years && !this.thousands)
      this.spans.push({
        start: this.tokens.starts[this.first] as number,
        end: this.tokens.ends[this.last] as number,
        kind: 'NUMBER',
        source: 'long number',
      });
    this.groups = 0;
    this.digits = 0;
    this.separator = 0;
    this.inner = true;
    this.years = true;
  }
}

/** The most digits a group may hold: a word of more is a long number by itself (codes.ts). */
const MOST_IN_GROUP = 6;
/** The fewest digits a chain of groups is withheld with: more than a phone number's national digits. */
const LEAST_DIGITS = 12;

const [SPACE, HYPHEN, ZERO, ONE, TWO, NINE] = [32, 45, 48, 49, 50, 57];
