import {
  EXTENSION,
  EXTENSION_MARK,
  extensionStart,
  LIBRARY,
  parseInput,
} from '../../../lib/privacy/phone-parse-input';
import { rng } from '../../../scripts/privacy-synthetic';

const EXTENSION_AT_END = new RegExp(`(?:${EXTENSION})$`, 'i');
const PIECES = [
  '1',
  '23',
  '456',
  ' ',
  '-',
  '.',
  '(',
  ')',
  '+',
  'x',
  'X',
  'ext',
  'EXT.',
  'e',
  'xt',
  'n',
  'int',
  'INT',
];
const MORE = [
  ';',
  ';ext=',
  ',',
  ',,',
  '#',
  '~',
  'anexo',
  'ANEXO',
  '\u0434\u043e\u0431',
  '\u0414\u041e\u0411',
  '\u1c81\u043e\u0431',
];
const WIDE = [
  '\uff58',
  '\uff38',
  '\uff45\uff58\uff54',
  '\uff49\uff4e\uff54',
  '\uff29\uff2e\uff34',
  '\uff03',
  '\uff5e',
  '\u00a0',
  '\t',
  ':',
];
const ALL = [...PIECES, ...MORE, ...WIDE, 'extensi\u00f3n', 'extensio\u0301n', 'q', '\u0131', '\u017f'];

describe('extensionStart skips the end search only where it finds nothing', () => {
  it('the mark class is the /i (no /u) folding of each alternative mandatory atom, over every code unit', () => {
    // ";ext=" ";", explicit labels "x" (of "xt"), "\uFF58", "\u0434", "a" (of "anexo"); ambiguous
    // labels "x", "\uFF58", "#", "\uFF03", "~", "\uFF5E", "i" (of "int"), "\uFF49"; "#" after a
    // bare number; ",," or ";"; ",".
    const atoms = /^(?:[;,#~x\uFF58\uFF03\uFF5E]|a|i|\u0434|\uFF49)$/i;
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      if (atoms.test(c) !== EXTENSION_MARK.test(c)) wrong.push(u);
    }
    expect(wrong).toEqual([]);
  });

  it('equals number.search(EXTN_PATTERN) on generated numbers with and without labels', () => {
    const random = rng(61);
    const wrong: string[] = [];
    let found = 0;
    for (let i = 0; i < 40000; i++) {
      let s = '';
      const list = random() < 0.5 ? PIECES : ALL;
      const n = 1 + Math.floor(random() * 8);
      for (let k = 0; k < n; k++) s += list[Math.floor(random() * list.length)] ?? '';
      const expected = s.search(EXTENSION_AT_END);
      if (expected >= 0) found++;
      if (extensionStart(s) !== expected) wrong.push(JSON.stringify(s));
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(found).toBeGreaterThan(1500);
  });

  it('parseInput cuts the extension and declines what it does not copy', () => {
    expect(parseInput('call 020 7946 0321 ext. 12 now')).toEqual({ number: '020 7946 0321', ext: '12' });
    expect(parseInput('(020) 7946-0321')).toEqual({ number: '020) 7946-0321', ext: undefined });
    expect(parseInput('1')).toBeNull();
    expect(parseInput('\uff10\uff12\uff10 7946 0321')).toBe(LIBRARY);
  });
});
