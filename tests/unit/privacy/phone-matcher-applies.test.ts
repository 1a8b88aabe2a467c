import { matcherApplies } from '../../../lib/privacy/phone-matcher';
import { DECIMAL_DIGITS } from '../../../lib/privacy/phone-unicode';
import { rng } from '../../../scripts/privacy-synthetic';

// matcherApplies reads a per-unit table instead of searching with the class of the library's
// decimal digits outside ASCII: it must answer as that search did, for every UTF-16 unit (lone
// surrogates included) and for mixed texts.
const OTHER_DIGIT = new RegExp(`[${DECIMAL_DIGITS.replace('0-9', '')}]`);
const bySearch = (text: string): boolean => !OTHER_DIGIT.test(text);

describe('matcherApplies by table', () => {
  it('answers as the search did for every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}1`;
      if (matcherApplies(text) !== bySearch(text))
        expect([c, matcherApplies(text)]).toEqual([c, bySearch(text)]);
    }
  });
  it('answers as the search did on mixed texts', () => {
    const random = rng(91);
    const units = [
      '0',
      '7',
      ' ',
      '+',
      'é',
      '\u0663',
      '\uFF11',
      '\u0966',
      '\u00A0',
      '\uD835',
      '\uDFCE',
      '\u{1D7CE}',
      'x',
    ];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let n = Math.floor(random() * 12); n > 0; n--) text += units[Math.floor(random() * units.length)];
      expect([text, matcherApplies(text)]).toEqual([text, bySearch(text)]);
    }
  });
});
