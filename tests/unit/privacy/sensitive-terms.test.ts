import { sensitiveCategory } from '../../../lib/privacy/sensitive-terms';

// The `*` terms are looked up by their first letter (sensitive-terms.ts): each still matches every word
// it starts, whichever other terms share that letter, and nothing else does.
describe('sensitiveCategory', () => {
  it.each([
    ['diagnosed', 'health'],
    ['diabetic', 'health'],
    ['depression', 'health'],
    ['deported', 'legal'],
    ['divorced', 'family'],
    ['pregnancy', 'health'],
    ['psychiatrist', 'health'],
    ['psychologist', 'health'],
    ['bankruptcy', 'money'],
    ['insolvent', 'money'],
    ['islamic', 'religion'],
    ['immigrants', 'ethnicity'],
    ['ethnicity', 'ethnicity'],
    ['refugees', 'ethnicity'],
    ['creditors', 'money'],
    ['symptoms', 'health'],
  ])('finds %s under a term it starts with (%s)', (word, category) => {
    expect(sensitiveCategory(word)).toBe(category);
  });

  it.each(['diagno', 'di', 'd', 'xdiagnosis', 'depresion', 'deportation'.slice(0, 5), 'дiagnosis', ''])(
    'finds nothing for %j',
    (word) => {
      expect(sensitiveCategory(word)).toBeUndefined();
    },
  );

  it('still reads exact terms, and stems before prefixes', () => {
    expect(sensitiveCategory('surgery')).toBe('health');
    expect(sensitiveCategory('lawyers', ['lawyers', 'lawyer'])).toBe('legal');
  });
});
