import { LATIN_LOOKALIKE } from './forms/lookalikes';
import { classOf, FOREIGN, LATIN, LETTER } from './scan-chars';

/**
 * What scanTextFull's foldLookalikes does, done only to the words that hold a look-alike script's
 * letter, for scanNonAscii (evasion.ts). A word there is a run of code points whose pieces are letters
 * or removed (''), starting with a letter; only such a word can change, and only its non-ASCII pieces
 * (every look-alike is above ASCII). So each word is found from one of its look-alike letters by walking
 * to its edges, and ASCII text elsewhere is never visited one character at a time.
 */
export interface Changes {
  /** Piece of each non-ASCII code point start whose piece differs from it (the rest are themselves). */
  readonly pieces: Map<number, string>;
  /** Code point starts whose piece is a letter with a look-alike script's class, ascending. */
  readonly foreignAt: readonly number[];
  /** Latin-script and look-alike-script code points among the non-ASCII ones (the text's letters). */
  readonly latinNonAscii: number;
  readonly foreignNonAscii: number;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Applies look-alike folding to `changes.pieces` for the words of `text` it touches. */
export function foldLookalikeWords(text: string, changes: Changes): void {
  const { pieces } = changes;
  const length = text.length;
  const width = (q: number): number => ((text.codePointAt(q) ?? 0) > 0xffff ? 2 : 1);
  // A pair's low half is never a code point start after its high half: step back over both.
  const previous = (q: number): number =>
    q >= 2 && isLow(text.charCodeAt(q - 1)) && isHigh(text.charCodeAt(q - 2)) ? q - 2 : q - 1;
  const pieceAt = (q: number): string => {
    if (q < 0 || q >= length) return '';
    const c = text.charCodeAt(q);
    if (c < 0x80) return text[q] ?? '';
    return pieces.get(q) ?? text.slice(q, q + width(q));
  };
  const inWord = (piece: string): boolean => piece === '' || (classOf(piece) & LETTER) !== 0;
  let latinText: boolean | undefined;
  let done = 0; // where the last word handled ends
  for (const f of changes.foreignAt) {
    if (f < done) continue;
    let start = f;
    while (start > 0 && inWord(pieceAt(previous(start)))) start = previous(start);
    // The run may open with removed characters: the word starts at its first letter.
    while (pieceAt(start) === '') start += width(start);
    let end = start;
    let latin = false;
    let lookalike = true;
    let foreign = false;
    for (; end < length; end += width(end)) {
      const piece = pieceAt(end);
      if (piece === '') continue;
      const flags = classOf(piece);
      if (!(flags & LETTER)) break;
      if (flags & LATIN) latin = true;
      else if (flags & FOREIGN) {
        foreign = true;
        if (!LATIN_LOOKALIKE.has(piece)) lookalike = false;
      }
    }
    done = end;
    if (!foreign) continue;
    // Look-alikes glued to a number ("82К", "В12") are a unit or a code, which the forms read in Latin.
    const glued = () => /\d/.test(start > 0 ? pieceAt(previous(start)) : '') || /\d/.test(pieceAt(end));
    if (!latin && !lookalike) continue;
    if (!latin && !(latinText ??= isLatinText(text, changes)) && !glued()) continue;
    for (let q = start; q < end; q += width(q)) {
      const latinForm = LATIN_LOOKALIKE.get(pieceAt(q));
      if (latinForm !== undefined) pieces.set(q, latinForm);
    }
  }
}

/** More Latin-script code points than look-alike-script ones in the whole text (ASCII letters count). */
function isLatinText(text: string, changes: Changes): boolean {
  let latin = changes.latinNonAscii;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) latin++;
  }
  return latin > changes.foreignNonAscii;
}
