import parsePhoneNumber, {
  getCountries,
  getCountryCallingCode,
  Metadata,
  type CountryCode,
} from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { LIBRARY, parseValidNumber } from '../../../lib/privacy/phone-parse';
import { COUNTRIES } from '../../../lib/privacy/phone-windows';
import { rng } from '../../../scripts/privacy-synthetic';

// parseValidNumber is a copy of parsePhoneNumber + isPossible + isValid: on every candidate it
// reads (not LIBRARY) it must give exactly the library's answer, for every default country.
const ALL = getCountries();
/** Default countries beyond the detector's: transform rules, carrier codes, shared codes, IDDs. */
const OTHER_DEFAULTS: CountryCode[] = [
  'DE',
  'FR',
  'BR',
  'AR',
  'MX',
  'CO',
  'RU',
  'CA',
  'AU',
  'JP',
  'IT',
  'VI',
  'JE',
];
const FIXED = [
  '2025550123',
  '2079460000',
  '1134960000',
  '8005551234',
  '1632960123',
  '2226112345',
  '1123456789',
];
const SEPARATORS = ['', '', ' ', ' ', '-', '.', '/', '\u00a0', '  ', ' - ', '\u2013'];
const EXTENSIONS = [
  ' x123',
  ' ext. 12',
  'x7',
  ' ext 4567',
  ';ext=22',
  ' #12',
  ' - 123#',
  ',,55',
  ' int 4',
  'EXT.9',
];
const JUNK = ['', '', '', '(', ')', ' ', 'a', '+', '#', '%', '..', 'tel ', '\u00e9'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** Digits written in groups with random separators (and sometimes a bracketed first group). */
function write(random: () => number, digits: string): string {
  let out = '';
  let i = 0;
  const bracket = random() < 0.15;
  while (i < digits.length) {
    const n = 1 + Math.floor(random() * 4);
    const group = digits.slice(i, i + n);
    out += i === 0 && bracket ? `(${group})` : (i ? pick(random, SEPARATORS) : '') + group;
    i += n;
  }
  return out;
}

function mutate(random: () => number, digits: string): string {
  const at = Math.floor(random() * (digits.length + 1));
  const digit = String(Math.floor(random() * 10));
  const roll = random();
  if (roll < 0.25) return digits.slice(0, at) + digit + digits.slice(at + 1);
  if (roll < 0.45) return digits.slice(0, at) + digits.slice(at + 1);
  if (roll < 0.65) return digits.slice(0, at) + digit + digits.slice(at);
  return digits;
}

const iddOf = (country: CountryCode): string =>
  (
    (
      new Metadata() as unknown as {
        selectNumberingPlan(c: string): { numberingPlan: { IDDPrefix(): string } };
      }
    )
      .selectNumberingPlan(country)
      .numberingPlan.IDDPrefix() ?? '00'
  )
    .replace(/[^0-9]/g, '')
    .slice(0, 4) || '00';

/** One candidate: a (possibly mutated) number of some country in one of the forms text holds. */
function candidate(random: () => number, defaultCountry: CountryCode): string {
  const country = random() < 0.5 ? defaultCountry : pick(random, ALL);
  const example = (examples as Record<string, string | undefined>)[country];
  const roll = random();
  let nsn =
    roll < 0.6 && example
      ? example
      : roll < 0.75
        ? pick(random, FIXED)
        : Array.from({ length: 2 + Math.floor(random() * 16) }, () => String(Math.floor(random() * 10))).join(
            '',
          );
  if (random() < 0.4) nsn = mutate(random, nsn);
  const code = getCountryCallingCode(country);
  const form = random();
  let digits: string;
  let plus = '';
  if (form < 0.3) [plus, digits] = ['+', code + nsn];
  else if (form < 0.5) digits = nsn;
  else if (form < 0.65) digits = pick(random, ['0', '1', '0', '8', '91']) + nsn;
  else if (form < 0.78) digits = code + nsn;
  else if (form < 0.84) digits = iddOf(defaultCountry) + code + nsn;
  else if (form < 0.88) digits = iddOf(defaultCountry) + nsn;
  else digits = pick(random, ['00', '011', '0', '']) + code + pick(random, ['0', '']) + nsn;
  let text = plus + (plus && random() < 0.7 ? ' ' : '') + write(random, digits);
  if (random() < 0.15) text += pick(random, EXTENSIONS);
  if (random() < 0.2) text = pick(random, JUNK) + text + pick(random, JUNK);
  return text;
}

function libraryAnswer(text: string, country: CountryCode): string {
  const n = parsePhoneNumber(text, country);
  return JSON.stringify(n?.isPossible() && n.isValid() ? { ext: n.ext } : null);
}

function compare(count: number, seed: number, defaults: readonly CountryCode[]) {
  const random = rng(seed);
  const wrong: string[] = [];
  let valid = 0;
  let library = 0;
  for (let i = 0; i < count; i++) {
    const country = defaults[i % defaults.length] as CountryCode;
    const text = candidate(random, country);
    const mine = parseValidNumber(text, country);
    if (mine === LIBRARY) {
      library++;
      continue;
    }
    const expected = libraryAnswer(text, country);
    if (JSON.stringify(mine) !== expected)
      wrong.push(`${country} ${JSON.stringify(text)} ${JSON.stringify(mine)} ${expected}`);
    if (mine) valid++;
  }
  return { wrong: wrong.slice(0, 20), valid, library };
}

describe('parseValidNumber answers as parsePhoneNumber + isPossible + isValid', () => {
  it('for the detector default countries, over generated near-valid candidates', () => {
    const { wrong, valid, library } = compare(60000, 11, COUNTRIES);
    expect(wrong).toEqual([]);
    expect(valid).toBeGreaterThan(10000);
    expect(library).toBe(0);
  });

  it('for other default countries (transform rules, carrier codes, shared calling codes)', () => {
    const { wrong, valid, library } = compare(26000, 13, OTHER_DEFAULTS);
    expect(wrong).toEqual([]);
    expect(valid).toBeGreaterThan(4000);
    expect(library).toBe(0);
  });

  it('leaves what it does not copy to the library', () => {
    expect(parseValidNumber('\uff0b44 20 7946 0321', 'GB')).toBe(LIBRARY);
    expect(parseValidNumber('\u0660\u0662\u0660 7946 0321', 'GB')).toBe(LIBRARY);
    expect(parseValidNumber('tel:2079460321;phone-context=+44', 'GB')).toBe(LIBRARY);
    expect(parseValidNumber('020 7946 0321 ext. 12', 'GB')).toEqual({ ext: '12' });
    expect(parseValidNumber('+1 202 555 0123', 'IN')).toEqual(
      libraryAnswer('+1 202 555 0123', 'IN') === 'null' ? null : { ext: undefined },
    );
  });
});
