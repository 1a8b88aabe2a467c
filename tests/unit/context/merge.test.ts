import { diffContexts, isEmptyContext, mergeContexts } from '../../../lib/context/merge';
import { diffLines } from '../../../lib/context/summary';
import { EMPTY_CONTEXT, type ContextData } from '../../../lib/context/types';

const MINE: ContextData = {
  version: 1,
  profile: { name: 'Martin Reynolds', phone: '+1 704 555 0134' },
  facts: [{ text: 'Has knee surgery on 3 March', tags: ['health'] }, { text: 'Plays cello' }],
  samples: [{ title: 'Note', text: 'Cheers, Martin' }],
};

const FILE: ContextData = {
  version: 1,
  profile: { name: 'Martin Reynolds', phone: '+1 704 555 9999', employer: 'Brightwater' },
  facts: [{ text: '  has knee SURGERY on 3 march ', tags: ['medical'] }, { text: 'Volunteers on Saturdays' }],
  samples: [{ title: 'Other', text: 'Best, M.' }],
};

describe('diffContexts', () => {
  it('says what merge adds and changes and what replace removes', () => {
    expect(diffContexts(MINE, FILE)).toEqual({
      profileAdded: ['employer'],
      profileChanged: ['phone'],
      profileOnlyCurrent: [],
      factsNew: 1,
      factsOnlyCurrent: 1,
      samplesNew: 1,
      samplesOnlyCurrent: 1,
    });
  });

  it('finds nothing new in a file equal to the context', () => {
    const lines = diffLines(diffContexts(MINE, MINE));
    expect(lines.merge).toEqual(['adds nothing new: everything in the file is already here']);
    expect(lines.replaceRemoves).toEqual([]);
  });

  it('lists removals for replace', () => {
    expect(diffLines(diffContexts(MINE, EMPTY_CONTEXT)).replaceRemoves).toEqual([
      'profile fields: name, phone',
      '2 facts',
      '1 writing sample',
    ]);
  });
});

describe('mergeContexts', () => {
  const merged = mergeContexts(MINE, FILE);

  it('keeps every existing entry at its position, so anchors such as fact-1 still hold', () => {
    expect(merged.facts[0]?.text).toBe('Has knee surgery on 3 March');
    expect(merged.facts[1]?.text).toBe('Plays cello');
    expect(merged.samples[0]?.text).toBe('Cheers, Martin');
  });

  it('adds only new facts and samples, and the file wins on a profile field', () => {
    expect(merged.facts.map((f) => f.text)).toEqual([
      'Has knee surgery on 3 March',
      'Plays cello',
      'Volunteers on Saturdays',
    ]);
    expect(merged.samples).toHaveLength(2);
    expect(merged.profile).toEqual({
      name: 'Martin Reynolds',
      phone: '+1 704 555 9999',
      employer: 'Brightwater',
    });
  });

  it('gives a repeated fact the tags of both', () => {
    expect(merged.facts[0]?.tags).toEqual(['health', 'medical']);
  });

  it('does not change its inputs', () => {
    expect(MINE.facts[0]?.tags).toEqual(['health']);
    expect(MINE.facts).toHaveLength(2);
  });

  it('is idempotent', () => {
    expect(mergeContexts(merged, FILE)).toEqual(merged);
  });
});

it.each([
  [EMPTY_CONTEXT, true],
  [{ ...EMPTY_CONTEXT, facts: [{ text: 'x' }] }, false],
  [{ ...EMPTY_CONTEXT, profile: { a: 'b' } }, false],
])('isEmptyContext(%j) is %s', (context, empty) => {
  expect(isEmptyContext(context)).toBe(empty);
});
