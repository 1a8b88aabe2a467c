/**
 * Shapes of pasted text that bench:privacy's long sets (long-inputs.ts) do not hold, for
 * bench:privacy-shapes: lists of one value a line, digits packed on one line, long tokens without a
 * space, other scripts, markup and code. Each is a generator of pieces, repeated up to a size, from a
 * seed: a shape says how the privacy stage's cost grows with a kind of text, not how a real document
 * reads. All values are invented here (random digits and letters).
 */
import { rng } from '../privacy-synthetic';

type Random = () => number;
type Piece = (r: Random) => string;

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const int = (r: Random, n: number) => Math.floor(r() * n);
const digits = (r: Random, n: number) => Array.from({ length: n }, () => String(int(r, 10))).join('');
const letters = (r: Random, n: number) => Array.from({ length: n }, () => LOWER[int(r, 26)]).join('');
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)] as T;
const fromCodes = (r: Random, n: number, base: number, span: number) =>
  Array.from({ length: n }, () => String.fromCharCode(base + int(r, span))).join('');

/** The shapes, by group: each piece is repeated until the text reaches its size. */
export const SHAPES: Record<string, { group: string; piece: Piece }> = {
  // Lists, one value a line.
  'us-phones-a-line': {
    group: 'lists',
    piece: (r) => `+1 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}\n`,
  },
  'uk-mobiles-a-line': { group: 'lists', piece: (r) => `07${digits(r, 3)} ${digits(r, 6)}\n` },
  'cards-a-line': {
    group: 'lists',
    piece: (r) => `${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}\n`,
  },
  'ips-a-line': {
    group: 'lists',
    piece: (r) => `${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)}\n`,
  },
  'dates-a-line': { group: 'lists', piece: (r) => `2026-${digits(r, 2)}-${digits(r, 2)}\n` },
  'contacts-csv': {
    group: 'lists',
    piece: (r) =>
      `${pick(r, ['Anna', 'Ben', 'Chloe', 'Dev'])},${pick(r, ['Berg', 'Holt', 'Iyer'])},${letters(r, 5)}@mail.com,` +
      `+44 7${digits(r, 3)} ${digits(r, 6)},${digits(r, 2)} ${pick(r, ['High St', 'Mill Lane'])}\n`,
  },
  'phones-csv': {
    group: 'lists',
    piece: (r) =>
      `${pick(r, ['Anna', 'Ben'])},(${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)},${pick(r, ['home', 'work'])}\n`,
  },
  'numbers-tsv': {
    group: 'lists',
    piece: (r) => Array.from({ length: 6 }, () => digits(r, 1 + int(r, 6))).join('\t') + '\n',
  },
  // Digits packed on one line.
  'digits-spaced': { group: 'packed', piece: (r) => `${digits(r, 1)} ` },
  'dates-in-a-row': { group: 'packed', piece: (r) => `2026-${digits(r, 2)}-${digits(r, 2)} ` },
  'ips-in-a-row': {
    group: 'packed',
    piece: (r) => `${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)} `,
  },
  'groups-of-four': { group: 'packed', piece: (r) => `${digits(r, 4)} ` },
  'us-phones-in-a-row': {
    group: 'packed',
    piece: (r) => `+1 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}, `,
  },
  'intl-phones-in-a-row': {
    group: 'packed',
    piece: (r) =>
      `+${pick(r, ['33', '39', '49', '44', '91', '86', '7', '81'])} ${digits(r, 2)} ${digits(r, 3)} ${digits(r, 4)}; `,
  },
  parenthesised: { group: 'packed', piece: (r) => `(${digits(r, 3)}) (${digits(r, 3)})-(${digits(r, 4)}) ` },
  'ibans-in-a-row': {
    group: 'packed',
    piece: (r) => `GB${digits(r, 2)} NWBK ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)} `,
  },
  'digit-dash-chain': { group: 'packed', piece: (r) => `${digits(r, 3)}-` },
  'one-long-number': { group: 'packed', piece: (r) => digits(r, 200) },
  coordinates: {
    group: 'packed',
    piece: (r) => `${(r() * 180 - 90).toFixed(6)}, ${(r() * 360 - 180).toFixed(6)}\n`,
  },
  // Long tokens without a space.
  'letters-no-space': { group: 'tokens', piece: (r) => letters(r, 300) },
  'capitals-no-space': { group: 'tokens', piece: (r) => letters(r, 300).toUpperCase() },
  'hex-no-space': {
    group: 'tokens',
    piece: (r) => Array.from({ length: 300 }, () => '0123456789abcdef'[int(r, 16)]).join(''),
  },
  'base64-lines': {
    group: 'tokens',
    piece: (r) =>
      Array.from(
        { length: 76 },
        () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[int(r, 64)],
      ).join('') + '\n',
  },
  'accented-no-space': {
    group: 'tokens',
    piece: (r) => Array.from({ length: 300 }, () => pick(r, ['é', 'ø', 'a', 'ñ', 'ü', 'b'])).join(''),
  },
  'dashed-chain': { group: 'tokens', piece: (r) => `${letters(r, 4)}-` },
  'underscored-chain': { group: 'tokens', piece: (r) => `${letters(r, 4)}_` },
  'dotted-chain': { group: 'tokens', piece: (r) => `${letters(r, 3)}.` },
  // Other scripts.
  cjk: { group: 'scripts', piece: (r) => fromCodes(r, 30, 0x4e00, 2000) + '。' },
  cyrillic: {
    group: 'scripts',
    piece: (r) => Array.from({ length: 6 }, () => fromCodes(r, 2 + int(r, 8), 0x430, 32)).join(' ') + '. ',
  },
  'cyrillic-no-space': { group: 'scripts', piece: (r) => fromCodes(r, 300, 0x430, 32) },
  'look-alikes': {
    group: 'scripts',
    piece: (r) => `${pick(r, ['Аisling', 'Вrian', 'раypal', 'Ηelen'])} ${letters(r, 4)} `,
  },
  'zero-width': {
    group: 'scripts',
    piece: (r) => `${letters(r, 3)}\u200b${letters(r, 2)}\u00ad${digits(r, 2)}\u200d${digits(r, 3)} `,
  },
  // Markup, code and logs.
  json: {
    group: 'markup',
    piece: (r) =>
      `{"id":${digits(r, 6)},"name":"${letters(r, 6)}","amount":${digits(r, 3)}.${digits(r, 2)},` +
      `"tags":["${letters(r, 4)}","${letters(r, 5)}"],"ts":"2026-0${1 + int(r, 9)}-1${int(r, 9)}T10:${digits(r, 2)}:00Z"},\n`,
  },
  html: {
    group: 'markup',
    piece: (r) =>
      `<div class="${letters(r, 5)}" data-id="${digits(r, 6)}"><a href="https://x.example/${letters(r, 4)}?id=${digits(r, 5)}">` +
      `${pick(r, ['Anna Berg', 'Click here', 'Order 5521'])}</a></div>\n`,
  },
  'sql-inserts': {
    group: 'markup',
    piece: (r) =>
      `INSERT INTO users VALUES (${digits(r, 5)}, '${pick(r, ['Anna', 'Ben'])} ${pick(r, ['Berg', 'Holt'])}', ` +
      `'${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)}', '19${digits(r, 2)}-0${1 + int(r, 8)}-1${int(r, 9)}');\n`,
  },
  'stack-trace': {
    group: 'markup',
    piece: (r) =>
      `    at ${letters(r, 6)}.${letters(r, 5)} (/srv/app/${letters(r, 4)}/${letters(r, 6)}.js:${digits(r, 3)}:${digits(r, 2)})\n`,
  },
  'key-value-log': {
    group: 'markup',
    piece: (r) =>
      `ts=2026-01-0${1 + int(r, 8)}T${digits(r, 2)}:${digits(r, 2)}:${digits(r, 2)}Z level=info ` +
      `user_id=${digits(r, 7)} ip=10.${digits(r, 1)}.${digits(r, 1)}.${digits(r, 2)} dur=${digits(r, 3)}ms\n`,
  },
  'markdown-table': {
    group: 'markup',
    piece: (r) =>
      `| ${letters(r, 5)} | ${digits(r, 4)} | ${digits(r, 2)}.${digits(r, 2)} % | ${pick(r, ['Yes', 'No'])} |\n`,
  },
  urls: {
    group: 'markup',
    piece: (r) =>
      `https://ex.example/${letters(r, 5)}?a=${digits(r, 8)}&b=${letters(r, 6)}&c=${digits(r, 12)}#${letters(r, 3)} `,
  },
  emails: { group: 'markup', piece: (r) => `${letters(r, 5)}.${letters(r, 4)}@${letters(r, 6)}.com, ` },
  'placeholders-typed': {
    group: 'markup',
    piece: (r) => `[${pick(r, ['PERSON', 'PHONE', 'EMAIL', 'ORG'])}_${int(r, 999)}] `,
  },
  versions: {
    group: 'markup',
    piece: (r) => `${letters(r, 5)}@${digits(r, 1)}.${digits(r, 2)}.${digits(r, 1)} `,
  },
  // Prose-like.
  'capitalised-names': {
    group: 'prose',
    piece: (r) =>
      `${pick(r, ['John', 'Mary', 'Anders', 'Qwerty', 'Zylbrand', 'Kestrel'])} ${pick(r, ['Smith', 'Okafor', 'Vantreigh', 'Hollis'])} `,
  },
  'one-word-repeated': { group: 'prose', piece: () => 'the ' },
  amounts: {
    group: 'prose',
    piece: (r) => `${digits(r, 1)},${digits(r, 3)},${digits(r, 3)}.${digits(r, 2)} `,
  },
  'blank-lines': { group: 'prose', piece: (r) => ' '.repeat(1 + int(r, 40)) + '\n' },
};

/** A text of `shape` exactly `size` characters long, from `seed`. */
export function shapeText(shape: string, size: number, seed: number): string {
  const piece = SHAPES[shape]?.piece;
  if (!piece) throw new Error(`no shape ${shape}`);
  const r = rng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const next = piece(r);
    parts.push(next);
    length += next.length;
  }
  return parts.join('').slice(0, size);
}
