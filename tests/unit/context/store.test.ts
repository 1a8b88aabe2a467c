import { loadContext, saveContext } from '../../../lib/context/store';
import { EMPTY_CONTEXT, type ContextData } from '../../../lib/context/types';
import { resetDbConnection } from '../../../lib/db';
import { useFreshIndexedDb } from '../idb';

useFreshIndexedDb();

const MARTIN: ContextData = {
  version: 1,
  profile: { name: 'Martin Reynolds', phone: '+1 704 555 0134' },
  facts: [{ text: 'Has knee surgery on 3 March', tags: ['health'] }],
  samples: [{ title: 'Note', text: 'Cheers, Martin' }],
};

describe('context store', () => {
  it('starts empty', async () => {
    expect(await loadContext()).toEqual(EMPTY_CONTEXT);
  });

  it('saves and loads the whole context, also through a new connection', async () => {
    await saveContext(MARTIN);
    expect(await loadContext()).toEqual(MARTIN);
    resetDbConnection();
    expect(await loadContext()).toEqual(MARTIN);
  });

  it('replaces rather than merges', async () => {
    await saveContext(MARTIN);
    const other: ContextData = { version: 1, profile: { city: 'Lyon' }, facts: [], samples: [] };
    await saveContext(other);
    expect(await loadContext()).toEqual(other);
  });
});
