import { properNamesDetector } from '../../../lib/privacy/detectors/proper-names';
import { found, outboundOf } from './helpers';

describe('proper-names detector', () => {
  it.each([
    ['Please email Anja Kowalczyk about the invoice', ['Anja Kowalczyk']],
    ['I met Dr. Tobiah Quillfeather yesterday', ['Tobiah Quillfeather']],
    ['She works at Brightwell Analytics in Zürich', ['Brightwell Analytics', 'Zürich']],
    ['Apply to the University of Westmarch next year', ['University of Westmarch']],
    ['A quote from Earth Movers, Inc. arrived', ['Earth Movers, Inc']],
    ['Ask Jack whether the report is done', ['Jack']],
    ['Our supplier HQCSS sent the files', ['HQCSS']],
    ['Lumenor’s revenue grew', ['Lumenor']],
    // A name ending in "es" is no plural of a common word ("jam", "in", "hay"): only sibilants take "es".
    ['James called about the invoice', ['James']],
    ['Ines Okafor will call, ask Hayes', ['Ines Okafor', 'Hayes']],
  ])('finds names in %j', (text, expected) => {
    expect(found(properNamesDetector, text)).toEqual(expected);
  });

  it.each([
    'Explain Excel formulas to a beginner',
    'Summarise the French Revolution in five points',
    'Write a Python script that reads a CSV file',
    'I’m sure you’re right, Don’t worry',
    'Translate this into English and Spanish before Monday',
    'The CEO wants KPIs for Q3 in a PDF',
    'Mark the date. Will you come?',
    'Customer Service Team: please reply',
    'use catalogItemId and isItemExcluded in the query',
    'Preprocessing and Desertification are long words',
    "write a toast for st patrick's day",
    'a weekend trip to san diego',
    '// TODO: check the README, then FIXME on localhost',
  ])('keeps ordinary text intact: %j', (text) => {
    expect(found(properNamesDetector, text)).toEqual([]);
    expect(outboundOf(text)).toBe(text);
  });

  it('gives a first name and a surname typed in lower case one placeholder', () => {
    expect(outboundOf('a joseph conrad novel')).toBe('a [PERSON_1] novel');
  });
});
