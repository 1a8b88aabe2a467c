import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Mode } from '../../../lib/settings/modes';
import { forgetSiteMode, setNewSiteMode, setSiteMode, siteModesItem } from '../../../lib/settings/site-modes';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('site modes', () => {
  it('falls back to no stored modes', async () => {
    expect(await siteModesItem.getValue()).toEqual({});
  });

  it('sets one site without touching the others, in storage.local', async () => {
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'local-only');
    await setSiteMode('a.example', 'sketch');
    expect(await siteModesItem.getValue()).toEqual({ 'a.example': 'sketch', 'b.example': 'local-only' });
    expect(await fakeBrowser.storage.local.get('siteModes')).toEqual({
      siteModes: { 'a.example': 'sketch', 'b.example': 'local-only' },
    });
  });

  it('rejects an unknown mode and stores nothing', async () => {
    await expect(setSiteMode('a.example', 'turbo' as Mode)).rejects.toThrow(/unknown mode/);
    expect(await siteModesItem.getValue()).toEqual({});
  });

  it('notifies watchers (the content script learns a site was turned off)', async () => {
    const seen: Record<string, Mode>[] = [];
    const unwatch = siteModesItem.watch((value) => seen.push(value));
    await setSiteMode('a.example', 'off');
    await vi.waitFor(() => expect(seen).toEqual([{ 'a.example': 'off' }]));
    unwatch();
  });

  it('starts clean after reset', async () => {
    await setSiteMode('z.example', 'off');
    fakeBrowser.reset();
    expect(await siteModesItem.getValue()).toEqual({});
  });

  it('forgets one site, which then follows the mode for new sites', async () => {
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'logit');
    await setNewSiteMode('local-only');
    await forgetSiteMode('a.example');
    expect(await siteModesItem.getValue()).toEqual({ 'b.example': 'logit', '*': 'local-only' });
  });
});
