import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberSelection } from '../../../lib/background/remember';
import { MAX_FIELD } from '../../../lib/context/parse';
import { loadContext, saveContext } from '../../../lib/context/store';
import { useFreshIndexedDb } from '../idb';

useFreshIndexedDb();
beforeEach(() => fakeBrowser.reset());

describe('Remember this privately', () => {
  it('adds the selection as the next fact and says which one', async () => {
    await saveContext({ version: 1, profile: { name: 'Ann' }, facts: [{ text: 'Has a dog' }], samples: [] });
    const outcome = await rememberSelection('  Moving to Leeds in March \n');
    expect(outcome).toEqual({ ok: true, anchor: 'fact-2', facts: 2 });
    expect((await loadContext()).facts).toEqual([
      { text: 'Has a dog' },
      { text: 'Moving to Leeds in March' },
    ]);
    expect((await loadContext()).profile).toEqual({ name: 'Ann' });
  });

  it('starts a context when there is none', async () => {
    expect(await rememberSelection('Allergic to penicillin')).toMatchObject({ ok: true, anchor: 'fact-1' });
    expect((await loadContext()).facts).toEqual([{ text: 'Allergic to penicillin' }]);
  });

  it('refuses an empty or too long selection with a reason, and saves nothing', async () => {
    expect(await rememberSelection('   ')).toMatchObject({ ok: false, code: 'nothing-selected' });
    expect(await rememberSelection(undefined)).toMatchObject({ ok: false, code: 'nothing-selected' });
    const long = await rememberSelection('x'.repeat(MAX_FIELD + 1));
    expect(long).toMatchObject({ ok: false, code: 'context-entry-invalid' });
    expect(long.ok ? '' : long.why).toMatch(/longer than/);
    expect((await loadContext()).facts).toEqual([]);
  });
});
