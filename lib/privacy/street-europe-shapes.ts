/**
 * Street addresses as continental Europe writes them, which the English pattern (a number, capitalised
 * words, then "Street" or "Rd") cannot read: "Çelikstraße 15, 24305 Zürich" went out with its house
 * number and post code. Three shapes:
 *  - the street type glued to the name or after it, then the number (German, Dutch, Nordic):
 *    "Hauptstraße 15a", "Kerkstraat 12", "Drottninggatan 5", "Berliner Allee 3";
 *  - the type first, then the name, then the number (Spanish, Italian, Portuguese, Polish):
 *    "Calle Mayor, 5", "Via della Spiga 10", "Rua Augusta 12", "ul. Marszałkowska 10";
 *  - the number first, then the type, then the name (French): "12 rue de la Paix".
 * Each may go on with a post code and a town ("…, 75008 Paris", "1012 AB Amsterdam", "00-950
 * Warszawa", "114 55 Stockholm"). The types are words no English sentence puts before or after a
 * capitalised word and a number, or spelled with their capital where English has the word too ("Via",
 * "Corso", "Largo"); "-gade" is not read after "bri" or "rene" ("Brigade 5"). street-europe.ts
 * finds them in a text.
 */

// A letter or digit may not touch a match: \b reads ASCII only, and "Çelik" starts with no ASCII letter.
const OPEN = '(?<![\\p{L}\\p{N}])';
const CLOSE = '(?![\\p{N}])';
// White space on one line: an address block may put its post code on the next line, not its town's
// second word. Between the words of a type-first street, at most four (what bounds its length).
const GAP = '[^\\S\\r\\n]+';
const SHORT_GAP = '[^\\S\\r\\n]{1,4}';
// The house number, maybe with a letter ("15a", "15 A"), or a range ("15-17").
const NUMBER = '\\d{1,4}(?:-\\d{1,4})?(?:[^\\S\\r\\n]?[A-Za-z](?![\\p{L}\\p{N}]))?';
// A post code and a town after the number: five or four digits, the Dutch four and two capitals, the
// Polish 00-000, the Swedish 000 00, the Portuguese 0000-000, with an optional country prefix ("D-").
const POSTCODE =
  '(?:[A-Z]{1,2}-)?(?:\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{3}\\s\\d{2}|\\d{4}\\s?[A-Z]{2}|\\d{4,5})';
const TOWN = `(?:,?\\s+${POSTCODE}${GAP}[\\p{Lu}][\\p{L}-]*(?:${GAP}[\\p{Lu}][\\p{L}-]*)?)?`;
// A capitalised word, with an apostrophe only inside it ("Dell'Acqua"), so a closing quote or a full
// stop after the name is not the address's.
const NAME_WORD = "[\\p{Lu}](?:[\\p{L}-]|['’](?=\\p{L}))*";
const SHORT_NAME_WORD = "[\\p{Lu}](?:[\\p{L}-]|['’](?=\\p{L})){0,29}";

// Glued to the name ("Hauptstraße"), in the name's case.
export const SUFFIX_WORDS = [
  'straße',
  'strasse',
  'str.',
  'gasse',
  'platz',
  'allee',
  'weg',
  'straat',
  'laan',
  'plein',
  'gracht',
  'steeg',
  'gatan',
  'vägen',
  'gränd',
  'gade',
  'vej',
  'veien',
  'vegen',
  'katu',
];
// After the name as a word of its own ("Berliner Straße", "Karl-Marx-Allee").
export const AFTER_WORDS = [
  'Straße',
  'Strasse',
  'Str.',
  'Gasse',
  'Platz',
  'Allee',
  'Weg',
  'Ring',
  'Damm',
  'Ufer',
  'Chaussee',
  'Straat',
  'Laan',
  'Plein',
  'Gracht',
];
const escape = (word: string) => word.replace('.', '\\.').replace('/', '\\/');
const SUFFIXES = SUFFIX_WORDS.map(escape).join('|').replace('gade', '(?<![Bb]ri|[Rr]ene)gade');
const AFTER = AFTER_WORDS.map(escape).join('|');
const GLUED = new RegExp(
  `${OPEN}(?:[\\p{Lu}][\\p{L}-]*(?:${SUFFIXES})|${NAME_WORD}(?:${GAP}|-)(?:${AFTER}))[^\\S\\r\\n]?${NUMBER}${CLOSE}${TOWN}`,
  'gu',
);

// Before the name; in either case where written in lower case here (the others are English words too,
// or are written so).
const BEFORE_WORDS = [
  'calle',
  'C/',
  'avenida',
  'avda.',
  'plaza',
  'paseo',
  'carrer',
  'rambla',
  'travesía',
  'Via',
  'Viale',
  'Piazza',
  'Piazzale',
  'Corso',
  'Vicolo',
  'Largo',
  'rua',
  'travessa',
  'praça',
  'ul.',
];
const eitherCase = (word: string) =>
  /^[a-z]/.test(word) && word !== 'ul.' ? [word[0]?.toUpperCase() + word.slice(1), word] : [word];
const BEFORE = BEFORE_WORDS.map((w) => eitherCase(w).map(escape).join('|')).join('|');
/** Each type written before the name, as TYPE_FIRST reads it (both cases where it takes both). */
export const BEFORE_VARIANTS = BEFORE_WORDS.flatMap(eitherCase);

// Small words inside a name ("Via della Spiga", "Rua do Ouro", "Calle de los Reyes").
const LINKS = `(?:(?:de|del|della|delle|degli|dei|di|da|do|dos|das|la|las|los|el|y|e)${SHORT_GAP}|(?:dell|dall|all|nell|sull|[dl])['’]){0,3}`;
const TYPE_FIRST = new RegExp(
  `${OPEN}(?:${BEFORE})[^\\S\\r\\n]{0,4}${LINKS}${SHORT_NAME_WORD}(?:${SHORT_GAP}${LINKS}${SHORT_NAME_WORD}){0,3},?${SHORT_GAP}(?:n\\.?[^\\S\\r\\n]?[º°o]\\.?[^\\S\\r\\n]{0,3})?${NUMBER}${CLOSE}${TOWN}`,
  'gu',
);
// How far before its number a type-first street can start: the longest type (8), its spaces (4), three
// small words (27), four names of 30 with their spaces and small words (30 + 3 × 61), a comma and
// spaces (5), "n.º" and its spaces (8).
export const TYPE_FIRST_REACH = 8 + 4 + 27 + 30 + 3 * 61 + 5 + 8;

// The French order: the number, the type, the name.
export const FRENCH_WORDS = [
  'rue',
  'avenue',
  'av.',
  'boulevard',
  'place',
  'chemin',
  'allée',
  'impasse',
  'quai',
];
const FRENCH_TYPES = FRENCH_WORDS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${escape(w.slice(1))}`).join(
  '|',
);
const FRENCH_LINKS = `(?:(?:de|du|des|la|le|les|et)${GAP}|[dl]['’]\\s?)*`;
const NUMBER_FIRST = new RegExp(
  `${OPEN}\\d{1,4}(?:\\s?(?:bis|ter))?,?${GAP}(?:${FRENCH_TYPES})${GAP}${FRENCH_LINKS}${NAME_WORD}(?:${GAP}${FRENCH_LINKS}${NAME_WORD}){0,3}${TOWN}`,
  'gu',
);

/** The three shapes; each match holds a digit (its house number). */
export const EUROPEAN_STREETS: readonly RegExp[] = [GLUED, TYPE_FIRST, NUMBER_FIRST];
