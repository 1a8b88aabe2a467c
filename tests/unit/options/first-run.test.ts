import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { markTried, setupProgressItem, setupSteps, skipStep } from '../../../lib/options/first-run';
import type { ReadinessItem } from '../../../lib/options/readiness';
import { TRY_SITE, tabUrl, trySiteOf } from '../../../lib/options/try-page';

beforeEach(() => fakeBrowser.reset());

const item = (id: ReadinessItem['id'], state: ReadinessItem['state']): ReadinessItem => ({
  id,
  label: id,
  state,
  detail: `${id} ${state}`,
  section: id === 'local' ? 'models' : id === 'cloud' ? 'setup/cloud' : 'context',
});

describe('first run', () => {
  it('orders the steps and ticks those readiness found done', () => {
    const steps = setupSteps([item('local', 'ok'), item('cloud', 'missing'), item('context', 'missing')], {
      skipped: ['context'],
      tried: false,
    });
    expect(steps.map((s) => [s.id, s.state, s.href])).toEqual([
      ['local', 'done', '#models'],
      ['cloud', 'todo', '#setup/cloud'],
      ['context', 'skipped', '#context'],
      ['try', 'todo', '/try.html'],
    ]);
  });

  it('remembers skipped steps until the user returns to them, and the try page once opened', async () => {
    await skipStep('cloud', true);
    await skipStep('try', true);
    await skipStep('cloud', false);
    await markTried();
    expect(await setupProgressItem.getValue()).toEqual({ skipped: ['try'], tried: true });
  });

  it('knows the try page by this extension’s own address only', () => {
    expect(trySiteOf(browser.runtime.getURL('/try.html'))).toBe(TRY_SITE);
    expect(trySiteOf(browser.runtime.getURL('/options.html'))).toBeUndefined();
    expect(trySiteOf('https://example.com/try.html')).toBeUndefined();
    expect(trySiteOf('chrome-extension://someoneelse/try.html')).toBeUndefined();
    expect(trySiteOf(undefined)).toBeUndefined();
  });

  it('reads a tab the browser gives no address for from the extension’s own contexts', async () => {
    const tryUrl = browser.runtime.getURL('/try.html');
    const asked: unknown[] = [];
    // Chromium 150 leaves `url` out for the extension's own page in a tab without the tabs permission.
    Object.assign(browser.runtime, {
      getContexts: (filter: unknown) => {
        asked.push(filter);
        return Promise.resolve([{ contextType: 'TAB', tabId: 7, documentUrl: tryUrl }]);
      },
    });
    try {
      expect(await tabUrl({ id: 7 })).toBe(tryUrl);
      expect(asked).toEqual([{ contextTypes: ['TAB'], tabIds: [7] }]);
      // A tab whose address the browser gives, or no tab, is not asked about.
      expect(await tabUrl({ id: 8, url: 'https://example.com/' })).toBe('https://example.com/');
      expect(await tabUrl(undefined)).toBeUndefined();
      expect(asked).toHaveLength(1);
    } finally {
      Reflect.deleteProperty(browser.runtime, 'getContexts');
    }
  });
});
