import { findPhoneNumbersInText } from 'libphonenumber-js';
import { LINES, windowLines, clearLines } from '../../../lib/privacy/phone-window-lines';
import { COUNTRIES, findPhones } from '../../../lib/privacy/phone-windows';
import { rng } from '../../../scripts/privacy-synthetic';
import { ASCII_PARTS, MATCHER_ASCII_PARTS, noisyText, OUTSIDE_ASCII_PARTS } from './phone-noise';
import { findPhones as oldFindPhones } from './phone-old/windows';
import { expectFindsOf } from './phone-finds';

// A window of several lines is read only where its lines may hold a number (phone-window-lines.ts).
// What it finds must be what the whole-window scan found (phone-old/), in the same order, on lists
// of short values one to a line, where windows span many lines.

const digits = (random: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
/** One line of a list: valid-looking numbers, card-like groups, IP addresses, dates or noise. */
function listLine(random: () => number): string {
  const d = (n: number) => digits(random, n);
  const kinds = [
    () => `+1 ${d(3)} ${d(3)} ${d(4)}`,
    () => `07${d(3)} ${d(6)}`,
    () => `(${d(3)}) ${d(3)}-${d(4)}`,
    () => `${d(4)} ${d(4)} ${d(4)} ${d(4)}`,
    () => `${d(3)}.${d(3)}.${d(3)}.${d(3)}`,
    () => `2026-${d(2)}-${d(2)}`,
    () => `+91 ${d(5)} ${d(5)}`,
    () => `0044 20 ${d(4)} ${d(4)} ext ${d(3)}`,
    () => noisyText(random, 4 + Math.floor(random() * 20), [...ASCII_PARTS, ...MATCHER_ASCII_PARTS]),
    () => noisyText(random, 4 + Math.floor(random() * 20), OUTSIDE_ASCII_PARTS),
  ];
  const kind = kinds[Math.floor(random() * kinds.length)] ?? (() => '');
  return kind().replace(/\n/g, ' ');
}
function list(random: () => number, lines: number): string {
  const separator = random() < 0.2 ? '\r\n' : '\n';
  return Array.from({ length: lines }, () => listLine(random)).join(separator) + (random() < 0.5 ? '\n' : '');
}

describe('phone windows read line by line', () => {
  it('find what the whole-window scan finds, in order, on lists of short values', () => {
    const random = rng(91);
    let finds = 0;
    let split = 0;
    for (let i = 0; i < 300; i++) {
      const text = list(random, 3 + Math.floor(random() * 60));
      const found = findPhones(text);
      if (LINES.count > 0) split++;
      finds += found.length;
      expectFindsOf(text, found, oldFindPhones(text));
    }
    // The lists did hold numbers, and their windows were split into lines.
    expect(finds).toBeGreaterThan(1000);
    expect(split).toBeGreaterThan(200);
  });

  it('find the same in a copy with values blanked, as the guard reads it (answers remembered)', () => {
    const random = rng(92);
    for (let i = 0; i < 150; i++) {
      const text = list(random, 5 + Math.floor(random() * 40));
      expectFindsOf(text, findPhones(text), oldFindPhones(text));
      // Blank some lines' values, as redaction leaves placeholders.
      const blanked = text
        .split('\n')
        .map((line) => (random() < 0.3 ? '[PHONE_' + Math.floor(random() * 99) + ']' : line))
        .join('\n');
      expectFindsOf(blanked, findPhones(blanked), oldFindPhones(blanked));
      expectFindsOf(blanked, findPhones(blanked), oldFindPhones(blanked));
    }
  });

  it('agree with the library read over the whole text, per country', () => {
    const random = rng(93);
    for (let i = 0; i < 60; i++) {
      const text = list(random, 10 + Math.floor(random() * 30));
      const library = new Map<string, { start: number; end: number }>();
      for (const c of COUNTRIES)
        for (const f of findPhoneNumbersInText(text, c))
          library.set(`${f.startsAt}:${f.endsAt}`, { start: f.startsAt, end: f.endsAt });
      expectFindsOf(text, findPhones(text), [...library.values()], false);
    }
  });

  it('prove most lines of a card list empty, and read a list of valid numbers whole', () => {
    const random = rng(94);
    const cards = Array.from(
      { length: 40 },
      () => `${digits(random, 4)} ${digits(random, 4)} ${digits(random, 4)} ${digits(random, 4)}`,
    ).join('\n');
    clearLines();
    const lines = windowLines(cards, 0, cards.length, 0b111);
    expect(lines).toBe(40);
    const empty = Array.from(LINES.may.subarray(0, lines)).filter((m) => m === 0).length;
    expect(empty).toBeGreaterThan(20);
    // UK mobiles, each valid for GB: no line is proven empty, so the window is read whole.
    const mobiles = Array.from({ length: 400 }, () => `07${digits(random, 3)} ${digits(random, 6)}`)
      .filter((line) => findPhoneNumbersInText(line, 'GB').length === 1)
      .slice(0, 40)
      .join('\n');
    clearLines();
    expect(windowLines(mobiles, 0, mobiles.length, 0b010)).toBe(0);
    expect(LINES.count).toBe(0);
  });
});
