const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';

/** A full calendar date in the usual English and numeric forms: "3 March 1985", "March 3, 1985", "03/03/1985". */
export const DATE_SOURCE = [
  `\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b`,
  `\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})\\b`,
  `\\b${MONTH}\\.?\\s+${DAY},?\\s+\\d{4}\\b`,
  `\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}\\b`,
].join('|');

/** Written dates. matchAll copies a global regex, so this one compiled instance can be shared. */
export const DATE = new RegExp(DATE_SOURCE, 'gi');
