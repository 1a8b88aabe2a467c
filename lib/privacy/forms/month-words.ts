import { fold } from '../normalize';

/** The month names and ordinal words of worded dates (forms/dates.ts), and their regex alternations. */

// Month names as people write them (English, German, French, Spanish, Italian, Portuguese, Dutch,
// Polish), with their usual abbreviations.
const MONTHS: readonly string[][] = [
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'stycznia',
    'styczeń',
  ],
  [
    'february',
    'feb',
    'februar',
    'février',
    'fevrier',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'lutego',
    'luty',
  ],
  ['march', 'mar', 'märz', 'mars', 'marzo', 'março', 'maart', 'marca', 'marzec'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja', 'maj'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'lipiec'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'sierpień'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'wrzesień'],
  [
    'october',
    'oct',
    'okt',
    'oktober',
    'octobre',
    'octubre',
    'ottobre',
    'outubro',
    'października',
    'październik',
  ],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad'],
  [
    'december',
    'dec',
    'dez',
    'dezember',
    'décembre',
    'decembre',
    'diciembre',
    'dicembre',
    'dezembro',
    'grudnia',
    'grudzień',
  ],
];
export const MONTH = new Map(MONTHS.flatMap((names, i) => names.map((name) => [fold(name), i + 1] as const)));
const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
export const MONTH_ALT = `(${byLength(MONTHS.flat())})`;

const ORDINAL_WORDS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );
export const ORDINAL = new Map<string, number>(ORDINAL_WORDS.map((w, i) => [w, i + 1]));
ORDINAL.set('thirtieth', 30);
export const ORDINAL_ALT = `((?:twenty|thirty)[ -])?(${byLength([...ORDINAL.keys()])})`;
