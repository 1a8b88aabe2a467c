/**
 * Letters of other scripts that read as a Latin letter (after Unicode's confusables data, UTS #39),
 * for the scripts an attacker reaches for first: Cyrillic, Greek, Armenian, Cherokee. Only letters
 * that look the same in common fonts; a letter that merely resembles one in some fonts is left out,
 * so whole words of a real Cyrillic or Greek text are rarely made of look-alikes alone.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic
  ['АВЕКМНОРСТХУІЈЅԜҺӀҮ', 'ABEKMHOPCTXYIJSWHIY'],
  ['аеорсухіјѕԁԛԝһӏүк', 'aeopcyxijsdqwhlyk'],
  // Greek
  ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ', 'ABEZHIKMNOPTYXC'],
  ['αορικνυχϲ', 'aopikvuxc'],
  // Armenian
  ['օսհոցզ', 'ouhngq'],
  // Cherokee (capital look-alikes)
  ['ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᏚᎢᏔᏃ', 'ABCDEGHJKLMPSTWZ'],
];

/** Look-alike letter → the Latin letter it passes for. */
export const LATIN_LOOKALIKE: ReadonlyMap<string, string> = new Map(
  PAIRS.flatMap(([from, to]) => [...from].map((ch, i) => [ch, to[i] ?? ch] as const)),
);
