import { EMPTY_POLICY, preparePrivacy } from '../../../lib/privacy';
import { findPossiblyPrivate, reviewScope } from '../../../lib/privacy/possibly-private';
import { editDistance, nearWord } from '../../../lib/privacy/near-words';
import { DETECTORS } from '../../../lib/privacy/detectors';
import type { PrivacyPolicy } from '../../../lib/privacy/types';

const PERSONA = preparePrivacy({
  version: 1,
  profile: {
    name: 'Tomasz Wiśniewski',
    partner: 'Ingrid Halvorsen',
    employer: 'Kestrel Dynamics',
    school: 'Alder Grove Primary',
    occupation: 'physiotherapist at Riverside Clinic',
    account: '88123456',
  },
  facts: [
    { text: 'Training for the Lisbon marathon in October' },
    { text: 'Son Oskar has a peanut allergy', tags: ['health'] },
  ],
  samples: [],
});

const flagged = (text: string, policy: PrivacyPolicy = EMPTY_POLICY) =>
  findPossiblyPrivate(text, PERSONA, policy).map((f) => [f.text, f.reason]);

describe('possibly private words', () => {
  it.each<[string, string[][]]>([
    // A context value mistyped, cut short or run together (capitalised ones the name finder takes).
    ['say thanks to ingrd for the help', [['ingrd', 'near']]],
    ['email the halvorsn family', [['halvorsn', 'near']]],
    ['invite the wisniewsky clan', [['wisniewsky', 'near']]],
    // Neighbours from one context entry are one item.
    ['is kestrl dynamics hiring', [['kestrl dynamics', 'near']]],
    // …but not the little words around it, even where a note has them next to the value.
    ['ask kestrl about the budget', [['kestrl', 'near']]],
    // Two words or more in a row of one value, ordinary words and all (the run is the doubt).
    ['my son has a peanut allergy', [['has a peanut allergy', 'near']]],
    ['the marathon in october', [['marathon in october', 'near']]],
    // A distinctive run of a value is withheld outright (known context), so it is not "possibly" private.
    ['the grove primary fair', []],
    // A word of the user's own notes.
    ['tips for my marathon training plan', [['marathon training', 'context']]],
    ['a training plan for beginners', [['training', 'context']]],
    // A sensitive term, whatever the context says.
    ['draft a note about my divorce', [['divorce', 'sensitive']]],
    ['ask for a salary review', [['salary', 'sensitive']]],
    ['find a mosque near the office', [['mosque', 'sensitive']]],
    ['how to repay two loans', [['loans', 'sensitive']]],
  ])('%j → %j', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it.each([
    'write a toast for a birthday party',
    'what time does the park open on Sunday',
    'meet at the local cafe in the morning',
    // Words of profile fields and names everyone uses are not doubted for being in the context.
    'is the dynamic team in',
    'plan a trip in October',
    'reply to the incoming mail',
    'a short note to the team about the release',
    // What a detector already withholds is not doubted again.
    'thank Ingrid Halvorsen',
    'thank [PERSON_1] and [ORG_1]',
  ])('%j: nothing to doubt', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('leaves out what the user released', () => {
    expect(flagged('the halvorsn family')).toEqual([['halvorsn', 'near']]);
    expect(flagged('the halvorsn family', { released: ['Halvorsn'], extra: [] })).toEqual([]);
  });

  it('a failing detector makes it doubt more, never less', () => {
    const detector = DETECTORS.find((d) => d.role === 'heuristic');
    if (!detector) throw new Error('expected a heuristic detector');
    const spy = vi.spyOn(detector, 'detect').mockImplementation(() => {
      throw new Error('broken');
    });
    try {
      expect(flagged('draft a note about my divorce')).toEqual([['divorce', 'sensitive']]);
    } finally {
      spy.mockRestore();
    }
  });

  it('gives offsets into the text and says why', () => {
    const [item] = findPossiblyPrivate('for ingrd', PERSONA, EMPTY_POLICY);
    expect(item).toMatchObject({ start: 4, end: 9, why: 'close to "Ingrid Halvorsen" (profile: partner)' });
  });

  it.each<[string, string, boolean]>([
    ['halvorsn', 'halvorsen', true],
    ['ingrd', 'ingrid', true],
    ['tomas', 'tomasz', true],
    ['kestrle', 'kestrel', true],
    ['kest', 'kestrel', true],
    ['kes', 'kestrel', false],
    ['marvin', 'martin', false],
    ['house', 'horse', false],
    ['88123457', '88123456', true],
    ['2024', '2027', false],
  ])('nearWord(%j, %j) is %s', (text, known, near) => {
    // martin, house and horse are ordinary words: a typo of one is not a private value.
    expect(nearWord(text, known)).toBe(near);
  });

  it.each<[string, string, number]>([
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['same', 'same', 0],
    ['a', 'abcdef', 3],
  ])('editDistance(%j, %j) = %d (capped)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });

  it('says what it checked', () => {
    const scope = reviewScope(PERSONA);
    expect(scope.contextEntries).toBe(8);
    expect(scope.contextValues).toBeGreaterThan(8);
    expect(scope.patterns).toEqual(expect.arrayContaining(['email', 'phone']));
    expect(scope.names).toBe(true);
  });
});
