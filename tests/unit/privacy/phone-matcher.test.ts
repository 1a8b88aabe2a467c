import parsePhoneNumber, { findPhoneNumbersInText } from 'libphonenumber-js';
import { noCandidateHolds } from '../../../lib/privacy/phone-candidate-end';
import { findInText, parsesMade } from '../../../lib/privacy/phone-matcher';
import { COUNTRIES, phoneWindows } from '../../../lib/privacy/phone-windows';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { rng } from '../../../scripts/privacy-synthetic';
import { ALL_PARTS, ASCII_PARTS, MATCHER_ASCII_PARTS, noisyText } from './phone-noise';

// findInText is the library's matcher that skips parsing hopeless candidates: on any text it reads
// (no digit outside ASCII) it must return exactly what findPhoneNumbersInText returns, in order.
const PARTS = [...ASCII_PARTS, ...MATCHER_ASCII_PARTS];
/** ASCII noise, or (`other`) noise with characters outside ASCII as well. */
const noisy = (random: () => number, n: number, other = false) =>
  noisyText(random, n, other ? ALL_PARTS : PARTS);

function differences(text: string): string[] {
  const wrong: string[] = [];
  for (const country of COUNTRIES) {
    const mine = findInText(text, country);
    if (!mine) continue;
    const library = findPhoneNumbersInText(text, country).map((f) => ({ start: f.startsAt, end: f.endsAt }));
    if (JSON.stringify(mine) !== JSON.stringify(library))
      wrong.push(`${country}: ${JSON.stringify(text)} ${JSON.stringify(mine)} ${JSON.stringify(library)}`);
  }
  return wrong;
}

describe('findInText finds what findPhoneNumbersInText finds', () => {
  it('on random mixes of digits, punctuation, extensions, dates, "+" and prefixes', () => {
    const random = rng(41);
    const wrong: string[] = [];
    let found = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 5 + Math.floor(random() * 70));
      wrong.push(...differences(text));
      found += findInText(text, 'IN')?.length ?? 0;
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });

  it('on random mixes with characters outside ASCII (no-break spaces, dashes, letters, marks)', () => {
    const random = rng(43);
    const wrong: string[] = [];
    let found = 0;
    let read = 0;
    for (let i = 0; i < 2500; i++) {
      const text = noisy(random, 5 + Math.floor(random() * 70), true);
      wrong.push(...differences(text));
      const mine = findInText(text, 'IN');
      if (mine) read++;
      found += mine?.length ?? 0;
    }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(100);
  });

  it.each(LONG_SETS)('on the windows and whole texts of generated %s requests', (set) => {
    const wrong: string[] = [];
    const texts = longInputs(set, 29, 1);
    for (const text of texts.slice(0, 4)) {
      wrong.push(...differences(text));
      for (const w of phoneWindows(text)) wrong.push(...differences(text.slice(w.start, w.end)));
    }
    expect(wrong).toEqual([]);
  });

  it('parses a number written with "+" the same for every default country (parsed once)', () => {
    const random = rng(47);
    const differ: string[] = [];
    let valid = 0;
    for (let i = 0; i < 5000; i++) {
      const text = '+' + noisy(random, 6 + Math.floor(random() * 20), random() < 0.3);
      const outcomes = COUNTRIES.map((c) => {
        const n = parsePhoneNumber(text, c);
        return JSON.stringify(n?.isPossible() && n.isValid() ? [n.number, n.ext] : null);
      });
      if (outcomes[0] !== 'null') valid++;
      if (new Set(outcomes).size > 1) differ.push(`${JSON.stringify(text)} ${outcomes.join(' ')}`);
    }
    expect(differ).toEqual([]);
    expect(valid).toBeGreaterThan(100);
  });

  it('works out a number written with "+" once, and recalls it for the other countries', () => {
    const random = rng(48);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    // Nine hundred lines, and their inner candidates: more than one generation of remembered outcomes.
    const list = Array.from({ length: 900 }, () => `+44 7${digits(3)} ${digits(6)}`).join('\n');
    const parsed: number[] = [];
    const finds = COUNTRIES.map((c) => {
      const before = parsesMade();
      const found = findInText(list, c, true);
      parsed.push(parsesMade() - before);
      return found;
    });
    // Each line's number parsed in the first country's pass, none in the others'.
    expect(parsed[0]).toBeGreaterThan(700);
    expect(parsed.slice(1)).toEqual([0, 0]);
    // The same finds as the library's, for each country.
    for (const [k, c] of COUNTRIES.entries()) {
      const library = findPhoneNumbersInText(list, c).map((f) => ({ start: f.startsAt, end: f.endsAt }));
      expect(finds[k]).toEqual(library);
    }
  });

  it('reads text outside ASCII, and declines digits of other scripts', () => {
    expect(findInText('appelez le 020\u00a07946\u00a00321 \u00e9', 'GB')).toEqual([{ start: 11, end: 24 }]);
    expect(findInText('call 020 7946 0321 \u0663', 'GB')).toBeUndefined();
  });
});

// findInText's foundBefore: a whole candidate that another country found, and that no candidate runs
// on past (phone-candidate-end.ts), is taken as found, unparsed. What it gives must be the library's
// finds for this country, less finds inside the taken ones, plus the taken ones.
describe('findInText taking what another country found', () => {
  const key = (f: { start: number; end: number }) => `${f.start}:${f.end}`;
  /** Lines of numbers two plans may both accept or only one, and of noise: a list, a value a line. */
  function list(random: () => number): string {
    const d = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    const kinds = [
      () => `07${d(3)} ${d(6)}`,
      () => `0${d(4)} ${d(6)}`,
      () => `${d(3)} ${d(3)} ${d(4)}`,
      () => `(${d(3)}) ${d(3)}-${d(4)}`,
      () => `+1 ${d(3)} ${d(3)} ${d(4)}`,
      () => `9${d(4)} ${d(5)}`,
      () => `${d(5)} ${d(5)} ${d(4)}`,
      // Read as national after a full-width "+": one country may take the whole, another only the
      // mobile number after the code (its inner match).
      () => `\uFF0B${d(2)} ${6 + Math.floor(random() * 4)}${d(9)}`,
      () => noisy(random, 3 + Math.floor(random() * 25)),
    ];
    // A field after some (a CSV's next column), which may or may not let a candidate run on.
    const fields = ['', '', ',home', ', High St', ',12', ' ext 7', ',x', ',"Anna"'];
    const lines = Array.from(
      { length: 2 + Math.floor(random() * 12) },
      () =>
        (kinds[Math.floor(random() * kinds.length)] ?? (() => ''))() +
        (fields[Math.floor(random() * fields.length)] ?? ''),
    );
    return lines.join(random() < 0.2 ? '\r\n' : '\n') + (random() < 0.5 ? '\n' : '');
  }

  it('gives the library finds less those inside a taken one, and parses less', () => {
    const random = rng(47);
    let taken = 0;
    let inner = 0;
    let saved = 0;
    for (let i = 0; i < 600; i++) {
      const text = list(random);
      for (const before of COUNTRIES)
        for (const country of COUNTRIES) {
          if (before === country) continue;
          const earlier = findInText(text, before);
          if (!earlier) continue;
          const earlierKeys = new Set(earlier.map(key));
          const library = findPhoneNumbersInText(text, country).map((f) => ({
            start: f.startsAt,
            end: f.endsAt,
          }));
          const parses = parsesMade();
          findInText(text, country);
          const alone = parsesMade() - parses;
          const took = new Set<string>();
          const found = findInText(text, country, undefined, (start, end) => {
            const hit = earlierKeys.has(`${start}:${end}`);
            if (hit) took.add(`${start}:${end}`);
            return hit;
          });
          saved += alone - (parsesMade() - parses - alone);
          if (!found) continue;
          const takenFinds = found.filter((f) => took.has(key(f)));
          taken += takenFinds.length;
          // Every find is the library's, or one taken from the earlier country where nothing runs on.
          const libraryKeys = new Set(library.map(key));
          const extra = found.filter((f) => !libraryKeys.has(key(f)) && !took.has(key(f)));
          expect([text, country, extra.map(key)]).toEqual([text, country, []]);
          for (const f of takenFinds)
            expect([text, f.end, noCandidateHolds(text, f.end)]).toEqual([text, f.end, true]);
          // Every library find is found, or lies inside a taken one.
          const foundKeys = new Set(found.map(key));
          const missing = library.filter((f) => !foundKeys.has(key(f)));
          inner += missing.length;
          const lost = missing.filter(
            (f) => !takenFinds.some((g) => g.start <= f.start && f.end <= g.end && key(g) !== key(f)),
          );
          expect([text, country, lost.map(key)]).toEqual([text, country, []]);
        }
    }
    // Numbers were taken, some a later country would have declined (and found inside), and taking
    // them spared parses.
    expect(taken).toBeGreaterThan(500);
    expect(inner).toBeGreaterThan(10);
    expect(saved).toBeGreaterThan(500);
  });
});
