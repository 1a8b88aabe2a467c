import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streetAddressDetector } from '../../../lib/privacy/detectors/street-address';
import { EMPTY_POLICY, preparePrivacy, redact } from '../../../lib/privacy';

const found = (text: string) =>
  streetAddressDetector
    .detect(text, preparePrivacy({ version: 1, profile: {}, facts: [], samples: [] }), EMPTY_POLICY)
    .map((s) => text.slice(s.start, s.end));

// Names, numbers and towns of each country's shape, combined by the property tests below: an address
// is found whole, whatever name and number it has, inside a sentence of either language.
const NAMES = ['Linden', 'Müller', 'Çelik', 'Østre', 'Kastanien', 'Nieuwe', 'Łąkowa'];
const NUMBERS = ['1', '15', '15a', '15 B', '120-122', '1024'];
const TOWNS = [
  ', 10115 Berlin',
  ', 8001 Zürich',
  ', 1012 AB Amsterdam',
  ', 00-950 Warszawa',
  '\n75002 Paris',
  '',
];

describe('street addresses as continental Europe writes them', () => {
  it('finds the street type glued to the name or after it, then the number and a post code', () => {
    const suffix = fc.constantFrom(
      'straße',
      'strasse',
      'str.',
      'gasse',
      'weg',
      'straat',
      'laan',
      'gatan',
      'gade',
      'vej',
    );
    const after = fc.constantFrom(' Straße', ' Allee', ' Platz', ' Weg', ' Gracht');
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.oneof(suffix, after),
        fc.constantFrom(...NUMBERS),
        fc.constantFrom(...TOWNS),
        (name, type, number, town) => {
          const address = `${name}${type} ${number}${town}`;
          expect(found(`Bitte an ${address} schicken.`)).toEqual([address]);
          expect(found(`Please send it to ${address}, thanks`)).toEqual([address]);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it('finds the type first, then the name with its small words, then the number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Calle',
          'calle',
          'Avenida',
          'Via',
          'Viale',
          'Piazza',
          'Corso',
          'Rua',
          'Praça',
          'ul.',
        ),
        fc.constantFrom('Mayor', 'della Spiga', 'de los Reyes', 'do Ouro', 'Vittorio Emanuele', "dell'Orso"),
        fc.constantFrom(' ', ', ', ', n.º '),
        fc.constantFrom(...NUMBERS),
        fc.constantFrom(...TOWNS),
        (type, name, before, number, town) => {
          const address = `${type} ${name}${before}${number}${town}`;
          expect(found(`Escríbeme a ${address}.`)).toEqual([address]);
        },
      ),
      { numRuns: 300, seed: 6 },
    );
  });

  it('finds the French order: the number, the type, the name', () => {
    for (const address of [
      '12 rue de la Paix, 75002 Paris',
      '5, avenue Victor Hugo',
      "7 rue de l'Église",
      '3 bis boulevard Saint Germain',
    ])
      expect(found(`Livraison au ${address}.`)).toEqual([address]);
  });

  it('keeps English sentences that hold a type word, and words that only end like one', () => {
    for (const text of [
      'it took place Monday 5 March',
      'sent via Zoom 5 times',
      'the 5th Brigade 12 soldiers and Renegade 2',
      'Version 15, 24305 downloads',
      'Spring 2025 plans; String 5 is long',
      'Smith et al. Nature 12',
      'a 3 bd Townhouse for rent',
      'the avenue 5 blocks away',
    ])
      expect(found(text)).toEqual([]);
  });

  it('does not run a town on into the next line', () => {
    expect(found('Hauptstraße 15, 10115 Berlin\nPedido 123')).toEqual(['Hauptstraße 15, 10115 Berlin']);
  });

  it('withholds the address from what is sent', () => {
    const prepared = preparePrivacy({ version: 1, profile: {}, facts: [], samples: [] });
    const { outbound } = redact('— Zoë, Çelikstraße 15, 24305 Zürich', prepared, EMPTY_POLICY);
    expect(outbound).not.toMatch(/15|24305|Çelik|Zürich/);
    expect(outbound).toContain('[ADDRESS_1]');
  });
});
