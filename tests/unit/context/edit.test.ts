import {
  addFact,
  addProfileField,
  addSample,
  parseTags,
  removeFact,
  removeProfileField,
  renameProfileField,
  searchFacts,
  setProfileField,
  updateFact,
  updateSample,
} from '../../../lib/context/edit';
import { EMPTY_CONTEXT, type ContextData } from '../../../lib/context/types';
import { AppError } from '../../../lib/errors';

const C: ContextData = {
  version: 1,
  profile: { name: 'Martin', city: 'Charlotte', phone: '123' },
  facts: [
    { text: 'Knee surgery in March', tags: ['health'] },
    { text: 'Plays cello', tags: ['music'] },
  ],
  samples: [{ title: 'Note', text: 'Cheers' }],
};

function why(edit: () => unknown): string {
  try {
    edit();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).detail ?? '';
  }
  throw new Error('expected the edit to be refused');
}

describe('profile edits', () => {
  it('renames in place, keeping the order of fields', () => {
    expect(Object.entries(renameProfileField(C, 'city', 'location').profile)).toEqual([
      ['name', 'Martin'],
      ['location', 'Charlotte'],
      ['phone', '123'],
    ]);
  });

  it.each([
    ['an empty name', () => addProfileField(C, '  ', 'x'), /needs a name/],
    ['a name already used', () => addProfileField(C, 'name', 'x'), /already a field called "name"/],
    ['a rename onto another field', () => renameProfileField(C, 'city', 'phone'), /already a field/],
    ['an empty value', () => setProfileField(C, 'name', ' '), /cannot be empty/],
    ['a value too long', () => setProfileField(C, 'name', 'x'.repeat(20_001)), /longer than/],
  ])('refuses %s and says why', (_, edit, message) => {
    expect(why(edit)).toMatch(message);
  });

  it('adds and removes', () => {
    const added = addProfileField(C, ' employer ', 'Brightwater');
    expect(added.profile.employer).toBe('Brightwater');
    expect(removeProfileField(added, 'employer').profile).toEqual(C.profile);
  });
});

describe('fact and sample edits', () => {
  it('adds, updates and deletes by position', () => {
    const added = addFact(EMPTY_CONTEXT, 'Has a dog', ['pets']);
    expect(added.facts).toEqual([{ text: 'Has a dog', tags: ['pets'] }]);
    expect(updateFact(C, 1, 'Plays viola', []).facts[1]).toEqual({ text: 'Plays viola' });
    expect(removeFact(C, 0).facts).toEqual([C.facts[1]]);
  });

  it('refuses an empty fact or sample and a vanished entry', () => {
    expect(why(() => addFact(C, '   '))).toMatch(/A fact cannot be empty/);
    expect(why(() => updateFact(C, 5, 'x', []))).toMatch(/no longer exists/);
    expect(why(() => addSample(C, 'Title', ''))).toMatch(/sample cannot be empty/);
  });

  it('keeps a sample without a title untitled', () => {
    expect(updateSample(C, 0, '  ', 'Best').samples[0]).toEqual({ text: 'Best' });
  });

  it.each([
    ['health, family', ['health', 'family']],
    [' a ,, a , b ', ['a', 'b']],
    ['', []],
  ])('parseTags(%j)', (typed, tags) => {
    expect(parseTags(typed)).toEqual(tags);
  });

  it.each([
    ['knee', [0]],
    ['MUSIC', [1]],
    ['surgery march', [0]],
    ['surgery cello', []],
    ['', [0, 1]],
  ])('searchFacts(%j) finds %j', (query, found) => {
    expect(searchFacts(C.facts, query)).toEqual(found);
  });
});
