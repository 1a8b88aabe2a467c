/**
 * Shapes of pasted text that bench:privacy's long sets (long-inputs.ts) do not hold, for
 * bench:privacy-shapes: lists of one value a line, digits packed on one line, long tokens without a
 * space, other scripts, markup and code. Each is a generator of pieces, repeated up to a size, from a
 * seed: a shape says how the privacy stage's cost grows with a kind of text, not how a real document
 * reads. All values are invented here (random digits and letters).
 */
import { rng } from '../privacy-synthetic';
import { picker, type Picker } from './long-inputs';

/** A piece of a shape, drawn with long-inputs.ts' picker (and `random` itself for fractions). */
type Piece = (p: Picker, random: () => number) => string;

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const letters = (p: Picker, n: number) => Array.from({ length: n }, () => LOWER[p.int(0, 25)]).join('');
const fromCodes = (p: Picker, n: number, base: number, span: number) =>
  Array.from({ length: n }, () => String.fromCharCode(base + p.int(0, span - 1))).join('');

/** The shapes, by group: each piece is repeated until the text reaches its size. */
export const SHAPES: Record<string, { group: string; piece: Piece }> = {
  // Lists, one value a line.
  'us-phones-a-line': {
    group: 'lists',
    piece: (p) => `+1 ${p.digits(3)} ${p.digits(3)} ${p.digits(4)}\n`,
  },
  'uk-mobiles-a-line': { group: 'lists', piece: (p) => `07${p.digits(3)} ${p.digits(6)}\n` },
  'cards-a-line': {
    group: 'lists',
    piece: (p) => `${p.digits(4)} ${p.digits(4)} ${p.digits(4)} ${p.digits(4)}\n`,
  },
  'ips-a-line': {
    group: 'lists',
    piece: (p) => `${p.digits(3)}.${p.digits(3)}.${p.digits(3)}.${p.digits(3)}\n`,
  },
  'dates-a-line': { group: 'lists', piece: (p) => `2026-${p.digits(2)}-${p.digits(2)}\n` },
  'contacts-csv': {
    group: 'lists',
    piece: (p) =>
      `${p.pick(['Anna', 'Ben', 'Chloe', 'Dev'])},${p.pick(['Berg', 'Holt', 'Iyer'])},${letters(p, 5)}@mail.com,` +
      `+44 7${p.digits(3)} ${p.digits(6)},${p.digits(2)} ${p.pick(['High St', 'Mill Lane'])}\n`,
  },
  'phones-csv': {
    group: 'lists',
    piece: (p) =>
      `${p.pick(['Anna', 'Ben'])},(${p.digits(3)}) ${p.digits(3)}-${p.digits(4)},${p.pick(['home', 'work'])}\n`,
  },
  'numbers-tsv': {
    group: 'lists',
    piece: (p) => Array.from({ length: 6 }, () => p.digits(1 + p.int(0, 5))).join('\t') + '\n',
  },
  // Digits packed on one line.
  'digits-spaced': { group: 'packed', piece: (p) => `${p.digits(1)} ` },
  'dates-in-a-row': { group: 'packed', piece: (p) => `2026-${p.digits(2)}-${p.digits(2)} ` },
  'ips-in-a-row': {
    group: 'packed',
    piece: (p) => `${p.digits(3)}.${p.digits(3)}.${p.digits(3)}.${p.digits(3)} `,
  },
  'groups-of-four': { group: 'packed', piece: (p) => `${p.digits(4)} ` },
  'us-phones-in-a-row': {
    group: 'packed',
    piece: (p) => `+1 ${p.digits(3)} ${p.digits(3)} ${p.digits(4)}, `,
  },
  'intl-phones-in-a-row': {
    group: 'packed',
    piece: (p) =>
      `+${p.pick(['33', '39', '49', '44', '91', '86', '7', '81'])} ${p.digits(2)} ${p.digits(3)} ${p.digits(4)}; `,
  },
  parenthesised: { group: 'packed', piece: (p) => `(${p.digits(3)}) (${p.digits(3)})-(${p.digits(4)}) ` },
  'ibans-in-a-row': {
    group: 'packed',
    piece: (p) => `GB${p.digits(2)} NWBK ${p.digits(4)} ${p.digits(4)} ${p.digits(4)} ${p.digits(2)} `,
  },
  'digit-dash-chain': { group: 'packed', piece: (p) => `${p.digits(3)}-` },
  'one-long-number': { group: 'packed', piece: (p) => p.digits(200) },
  coordinates: {
    group: 'packed',
    piece: (p, r) => `${(r() * 180 - 90).toFixed(6)}, ${(r() * 360 - 180).toFixed(6)}\n`,
  },
  // Long tokens without a space.
  'letters-no-space': { group: 'tokens', piece: (p) => letters(p, 300) },
  'capitals-no-space': { group: 'tokens', piece: (p) => letters(p, 300).toUpperCase() },
  'hex-no-space': {
    group: 'tokens',
    piece: (p) => Array.from({ length: 300 }, () => '0123456789abcdef'[p.int(0, 15)]).join(''),
  },
  'base64-lines': {
    group: 'tokens',
    piece: (p) =>
      Array.from(
        { length: 76 },
        () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[p.int(0, 63)],
      ).join('') + '\n',
  },
  'accented-no-space': {
    group: 'tokens',
    piece: (p) => Array.from({ length: 300 }, () => p.pick(['é', 'ø', 'a', 'ñ', 'ü', 'b'])).join(''),
  },
  'dashed-chain': { group: 'tokens', piece: (p) => `${letters(p, 4)}-` },
  'underscored-chain': { group: 'tokens', piece: (p) => `${letters(p, 4)}_` },
  'dotted-chain': { group: 'tokens', piece: (p) => `${letters(p, 3)}.` },
  // Other scripts.
  cjk: { group: 'scripts', piece: (p) => fromCodes(p, 30, 0x4e00, 2000) + '。' },
  cyrillic: {
    group: 'scripts',
    piece: (p) => Array.from({ length: 6 }, () => fromCodes(p, 2 + p.int(0, 7), 0x430, 32)).join(' ') + '. ',
  },
  'cyrillic-no-space': { group: 'scripts', piece: (p) => fromCodes(p, 300, 0x430, 32) },
  'look-alikes': {
    group: 'scripts',
    piece: (p) => `${p.pick(['Аisling', 'Вrian', 'раypal', 'Ηelen'])} ${letters(p, 4)} `,
  },
  'zero-width': {
    group: 'scripts',
    piece: (p) => `${letters(p, 3)}\u200b${letters(p, 2)}\u00ad${p.digits(2)}\u200d${p.digits(3)} `,
  },
  // Markup, code and logs.
  json: {
    group: 'markup',
    piece: (p) =>
      `{"id":${p.digits(6)},"name":"${letters(p, 6)}","amount":${p.digits(3)}.${p.digits(2)},` +
      `"tags":["${letters(p, 4)}","${letters(p, 5)}"],"ts":"2026-0${1 + p.int(0, 8)}-1${p.int(0, 8)}T10:${p.digits(2)}:00Z"},\n`,
  },
  html: {
    group: 'markup',
    piece: (p) =>
      `<div class="${letters(p, 5)}" data-id="${p.digits(6)}"><a href="https://x.example/${letters(p, 4)}?id=${p.digits(5)}">` +
      `${p.pick(['Anna Berg', 'Click here', 'Order 5521'])}</a></div>\n`,
  },
  'sql-inserts': {
    group: 'markup',
    piece: (p) =>
      `INSERT INTO users VALUES (${p.digits(5)}, '${p.pick(['Anna', 'Ben'])} ${p.pick(['Berg', 'Holt'])}', ` +
      `'${p.digits(3)}-${p.digits(3)}-${p.digits(4)}', '19${p.digits(2)}-0${1 + p.int(0, 7)}-1${p.int(0, 8)}');\n`,
  },
  'stack-trace': {
    group: 'markup',
    piece: (p) =>
      `    at ${letters(p, 6)}.${letters(p, 5)} (/srv/app/${letters(p, 4)}/${letters(p, 6)}.js:${p.digits(3)}:${p.digits(2)})\n`,
  },
  'key-value-log': {
    group: 'markup',
    piece: (p) =>
      `ts=2026-01-0${1 + p.int(0, 7)}T${p.digits(2)}:${p.digits(2)}:${p.digits(2)}Z level=info ` +
      `user_id=${p.digits(7)} ip=10.${p.digits(1)}.${p.digits(1)}.${p.digits(2)} dur=${p.digits(3)}ms\n`,
  },
  'markdown-table': {
    group: 'markup',
    piece: (p) =>
      `| ${letters(p, 5)} | ${p.digits(4)} | ${p.digits(2)}.${p.digits(2)} % | ${p.pick(['Yes', 'No'])} |\n`,
  },
  urls: {
    group: 'markup',
    piece: (p) =>
      `https://ex.example/${letters(p, 5)}?a=${p.digits(8)}&b=${letters(p, 6)}&c=${p.digits(12)}#${letters(p, 3)} `,
  },
  emails: { group: 'markup', piece: (p) => `${letters(p, 5)}.${letters(p, 4)}@${letters(p, 6)}.com, ` },
  'placeholders-typed': {
    group: 'markup',
    piece: (p) => `[${p.pick(['PERSON', 'PHONE', 'EMAIL', 'ORG'])}_${p.int(0, 998)}] `,
  },
  versions: {
    group: 'markup',
    piece: (p) => `${letters(p, 5)}@${p.digits(1)}.${p.digits(2)}.${p.digits(1)} `,
  },
  // Prose-like.
  'capitalised-names': {
    group: 'prose',
    piece: (p) =>
      `${p.pick(['John', 'Mary', 'Anders', 'Qwerty', 'Zylbrand', 'Kestrel'])} ${p.pick(['Smith', 'Okafor', 'Vantreigh', 'Hollis'])} `,
  },
  'one-word-repeated': { group: 'prose', piece: () => 'the ' },
  amounts: {
    group: 'prose',
    piece: (p) => `${p.digits(1)},${p.digits(3)},${p.digits(3)}.${p.digits(2)} `,
  },
  'blank-lines': { group: 'prose', piece: (p) => ' '.repeat(1 + p.int(0, 39)) + '\n' },
};

/** A text of `shape` exactly `size` characters long, from `seed`. */
export function shapeText(shape: string, size: number, seed: number): string {
  const piece = SHAPES[shape]?.piece;
  if (!piece) throw new Error(`no shape ${shape}`);
  const random = rng(seed);
  const p = picker(random);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const next = piece(p, random);
    parts.push(next);
    length += next.length;
  }
  return parts.join('').slice(0, size);
}
