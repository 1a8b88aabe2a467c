/**
 * The scale of data/word-frequency.ts: Zipf = log10(occurrences per billion words). 3 is about one in a
 * million words ("pediatric", "elementary"); 5 is "school"; 6 is "will". Bands are half a unit wide.
 */
export const ZIPF_FLOOR = 3;
export const ZIPF_STEP = 0.5;
