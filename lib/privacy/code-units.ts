/**
 * Which UTF-16 code units a list of strings holds, as a table, and whether a word holds more than so
 * many others. A word with more units outside a list than the edits allowed cannot be (or be near, or
 * be an inflection of) any string made from the list's words: near-index.ts (context words) and
 * words.ts (the English lists) answer such words, most words of text in another script, in one pass.
 */
export type UnitTable = Uint8Array;

/** The units of `strings`, one byte per code unit (1: held). */
export function unitTable(strings: Iterable<string>): UnitTable {
  const units = new Uint8Array(0x10000);
  for (const s of strings) for (let i = 0; i < s.length; i++) units[s.charCodeAt(i)] = 1;
  return units;
}

/** Whether `word` holds more than `limit` code units that `units` does not. */
export function unitsOutside(units: UnitTable, word: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < word.length; i++) if (units[word.charCodeAt(i)] === 0 && ++count > limit) return true;
  return false;
}
