import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPlaceholders, type Issued } from '../../../lib/privacy/mask-placeholders';
import { scanTextOf } from '../../../lib/privacy/evasion';
import { madePlaceholder, placeholder } from '../../../lib/privacy/placeholder';
import { isPiiKind, type Vault } from '../../../lib/privacy/types';

// maskPlaceholders as it was before it read char codes: the regex replace, every placeholder's key
// built from its kind and number.
function referenceMask(text: string, issued?: Issued): string {
  return text.replace(/\[([A-Za-z]+)_(\d+)\]/g, (p, kind: string, n: string) => {
    const upper = kind.toUpperCase();
    const blank = !issued
      ? isPiiKind(upper)
      : issued instanceof Set
        ? issued.has(placeholder(upper, Number(n)))
        : (issued as Vault)[placeholder(upper, Number(n))] !== undefined;
    return blank ? ' '.repeat(p.length) : p;
  });
}

// Pieces of placeholders and of near misses: kinds of ours and not, in any case, numbers with leading
// zeros and too long to read back, brackets, underscores and digits out of place.
const PIECES = [
  '[',
  ']',
  '_',
  'PERSON',
  'person',
  'Person',
  'ORG',
  'EMAIL',
  // Parts and extensions of kinds: a kind is the whole run of letters or none.
  'PERS',
  'ON',
  'OR',
  'S',
  '[PERS_1]',
  '[OR_2]',
  '[ORGS_1]',
  'Aisling',
  'x',
  '1',
  '0',
  '007',
  '12',
  '1234567890123456',
  '999999999999999',
  ' ',
  'é',
  '\n',
  '[PERSON_1]',
  '[PERSON_01]',
  '[person_2]',
  '[ORG_3]',
  '[Aisling_1]',
  '[[EMAIL_4]]',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('maskPlaceholders read from char codes', () => {
  it('blanks what the regex replace blanked, without a vault', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(maskPlaceholders(text)).toBe(referenceMask(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('blanks what the regex replace blanked, with a vault or a set of issued placeholders', () => {
    const issued = [
      '[PERSON_1]',
      '[PERSON_2]',
      '[ORG_3]',
      '[EMAIL_4]',
      '[PERSON_12]',
      '[AISLING_1]',
      '[PERSON_1234567890123456]',
      '[X_7]',
    ];
    const vault: Vault = Object.fromEntries(issued.map((key) => [key, 'value']));
    const set = new Set(issued);
    fc.assert(
      fc.property(texts, (text) => {
        expect(maskPlaceholders(text, vault)).toBe(referenceMask(text, vault));
        expect(maskPlaceholders(text, set)).toBe(referenceMask(text, set));
      }),
      { numRuns: 2000 },
    );
  });

  it('masks a text without a vault as the regex did, right after masking it with one', () => {
    // The guard masks with the job's vault, then the review without one: the first mask is taken for
    // the second only where they blank the same placeholders. One vault holds exactly the text's kinds
    // as written here, one a kind of no PII and not every placeholder.
    const vaults: Vault[] = [
      Object.fromEntries(['[PERSON_1]', '[PERSON_2]', '[ORG_3]', '[EMAIL_4]'].map((key) => [key, 'v'])),
      Object.fromEntries(['[PERSON_1]', '[AISLING_1]'].map((key) => [key, 'v'])),
    ];
    fc.assert(
      fc.property(texts, fc.constantFrom(...vaults), (text, vault) => {
        maskPlaceholders(text, vault);
        expect(maskPlaceholders(text)).toBe(referenceMask(text));
      }),
      { numRuns: 3000 },
    );
  });
});

// Characters the scan reads as others, one for one (a no-break space, a look-alike read as a letter of
// a placeholder's, a full-width bracket) or not (a mark it drops), next to and inside placeholders.
const SCANNED_PIECES = [...PIECES, '\u00a0', 'Р', 'ЕRSON', '[РERSON_1]', '［PERSON_1]', 'e\u0301', 'о', 'º'];
const scannedTexts = fc
  .array(fc.constantFrom(...SCANNED_PIECES), { maxLength: 30 })
  .map((pieces) => pieces.join(''));

describe('maskPlaceholders of a text right after its scan text', () => {
  it('blanks what the regex replace blanked in the text as written', () => {
    // The review masks the outbound text as written after the guard masked its scan text: the second
    // mask is read off the first where the scan read the text one for one.
    fc.assert(
      fc.property(scannedTexts, fc.boolean(), (text, withVault) => {
        const scan = scanTextOf(text);
        if (withVault) maskPlaceholders(scan.text, { '[PERSON_1]': 'v', '[ORG_3]': 'v' });
        else maskPlaceholders(scan.text);
        expect(maskPlaceholders(text)).toBe(referenceMask(text));
      }),
      { numRuns: 4000, seed: 22 },
    );
  });
});

describe('madePlaceholder', () => {
  it('finds the string placeholder() made for what the text reads, or nothing', () => {
    const kinds = ['PERSON', 'ORG', 'PHONE', 'X', 'PERSONA'];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.nat({ max: 5000 }),
        fc.boolean(),
        fc.string({ maxLength: 3 }),
        fc.boolean(),
        (kind, n, make, before, zero) => {
          if (make) placeholder(kind, n);
          const written = `[${kind}_${zero ? '0' : ''}${n}]`;
          const text = `${before}${written}`;
          const found = madePlaceholder(text, before.length, text.length);
          // Found only as what the text reads; made ones below the kept bound are always found.
          if (found !== undefined) expect(found).toBe(written);
          if (make && n < 4096 && !zero) expect(found).toBe(written);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
