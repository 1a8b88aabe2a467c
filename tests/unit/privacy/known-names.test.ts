import { preparePrivacy } from '../../../lib/privacy';
import { knownContextDetector } from '../../../lib/privacy/detectors/known-context';
import { contextOf, found, outboundOf } from './helpers';

// A persona whose names are rare words, everyday words, names a stemmer mistakes for inflections
// ("Eithne" is fine, "Aisling" looks like aisle+ing), and names with diacritics.
const prepared = preparePrivacy(
  contextOf({ name: 'Dr. Oluwaseun Adeyemi', partner: 'Aisling Ní Bhriain', mother: 'Grace Adeyemi' }, [
    'My neighbour Bożena Wiśniewska waters the plants when we travel',
    'Our twins Tadhg and Ciarán started swimming lessons with coach Dariusz',
  ]),
);

describe('known names in every form', () => {
  it.each([
    ['any case', 'remind aisling about the tickets', 'aisling'],
    ['upper case', 'OLUWASEUN needs the form', 'OLUWASEUN'],
    ['initial and surname', 'signed O. Adeyemi', 'O. Adeyemi'],
    ['after a title', 'Dr Adeyemi will call', 'Adeyemi'],
    ['after a foreign title', 'Pani Wiśniewska ma klucze', 'Wiśniewska'],
    ['possessive', "borrow wiśniewska's ladder", 'wiśniewska'],
    ['diacritics dropped', 'ask wisniewska to water the plants', 'wisniewska'],
    ['diacritics added', 'Bożena and Tádhg are coming', 'Tádhg'],
    ['a name only in a fact, lower case', 'tell dariusz the twins are sick', 'dariusz'],
    ['a name only in a fact, folded', 'pick up ciaran at four', 'ciaran'],
    ['a fact name with a possessive', "tadhg's goggles are lost", 'tadhg'],
  ])('%s: %j', (_, text, expected) => {
    expect(found(knownContextDetector, text, prepared)).toContain(expected);
  });

  it.each([
    ['an everyday word that is also a name', 'by grace of the committee'],
    ['a title alone', 'ask the dr about it'],
    ['ordinary words', 'the swimming lessons start on monday'],
  ])('keeps %s: %j', (_, text) => {
    expect(found(knownContextDetector, text, prepared)).toEqual([]);
  });

  it('keeps a title outside the placeholder and gives a name one placeholder', () => {
    expect(outboundOf('Dr. Adeyemi wrote to Aisling Ní Bhriain', prepared)).toBe(
      'Dr. [PERSON_1] wrote to [PERSON_2]',
    );
  });
});
