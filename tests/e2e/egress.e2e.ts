import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INSTRUCTION } from './harness/context-data';
import { openPanel } from './harness/extension-pages';
import { useSuite } from './harness/suite';
import { startLocalStub, startStub, type Stub } from '../servers/openai-stub';

const s = useSuite();

/** The options page's audit list after a reload, once it has loaded (data-total is set). */
async function auditList(page: Page) {
  await page.reload();
  await page.locator('[data-testid="audit"][data-total]').waitFor();
  return page.locator('[data-testid="audit"] > li').evaluateAll((items) =>
    items.map((li) => ({
      number: (li as HTMLLIElement).value,
      status: li.getAttribute('data-status') ?? '',
      text: li.textContent ?? '',
    })),
  );
}

/** Saves endpoints in options and waits until the stored settings say so. */
async function useEndpoints(cloudUrl: string, localUrl: string): Promise<void> {
  await s.options.setEndpoints({ cloudUrl, localUrl });
  const stored = () =>
    s.options.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('cogenesis');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('endpoints');
            get.onsuccess = () => {
              const value = get.result as { cloud: { baseURL: string }; localServer: { baseURL: string } };
              resolve(`${value.cloud.baseURL} ${value.localServer.baseURL}`);
              open.result.close();
            };
          };
        }),
    );
  await expect.poll(stored).toBe(`${cloudUrl} ${localUrl}`);
}

describe('one way out, written down first', () => {
  // The repro: a loopback server's 307 to another host used to receive the whole context.
  it.each(['local', 'cloud'] as const)(
    'a redirect from the %s endpoint is refused in the browser: the other host receives nothing',
    async (which) => {
      const target = await startLocalStub();
      const hostile: Stub = await startStub({ redirectTo: target.url });
      try {
        await useEndpoints(
          which === 'cloud' ? hostile.url : s.cloud.url,
          which === 'local' ? hostile.url : s.local.url,
        );
        const page = await s.browser.context.newPage();
        await page.goto(`http://${s.site}/form.html`);
        await page.fill('#plain', INSTRUCTION);
        const panel = await openPanel(s.browser, page, '#plain');
        await panel.getByTestId('send').click();
        await panel
          .locator('[data-testid="error"][data-code="endpoint-redirected"]')
          .waitFor({ timeout: 20_000 });
        // The local endpoint also serves the model-assisted privacy pass at review time, so it may be
        // asked more than once; every request was refused at the redirect.
        const posts = hostile.requests.filter((r) => r.method === 'POST').length;
        expect(posts).toBeGreaterThanOrEqual(1);
        if (which === 'cloud') expect(posts).toBe(1);
        expect(target.requests).toEqual([]);
        expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
        await page.close();
      } finally {
        await useEndpoints(s.cloud.url, s.local.url);
        await Promise.all([target.close(), hostile.close()]);
      }
    },
  );

  it('a request the cloud received before the engine host closed is in the log, as interrupted', async () => {
    s.cloud.setBehavior('slow', { slowDelayMs: 400 });
    try {
      const page = await s.browser.context.newPage();
      await page.goto(`http://${s.site}/form.html`);
      await page.fill('#plain', INSTRUCTION);
      const panel = await openPanel(s.browser, page, '#plain');
      const posted = () => s.cloud.requests.filter((r) => r.method === 'POST').length;
      const before = posted();
      await panel.getByTestId('send').click();
      // The cloud has the request and is still streaming the outline when the host goes away.
      await expect.poll(posted, { timeout: 15_000 }).toBe(before + 1);
      await s.browser.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }
        ).chrome.offscreen.closeDocument(),
      );
      await panel.locator('[data-testid="error"][data-code="engine-stopped"]').waitFor({ timeout: 10_000 });
      s.cloud.setBehavior('ok');
      // The next job starts a new host, which marks what the old one left open.
      await panel.getByTestId('regenerate').click();
      await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
      const entries = await auditList(s.options.page);
      expect(entries.slice(0, 2).map((e) => e.status)).toEqual(['sent', 'interrupted']);
      expect(entries[1]?.text).toContain('interrupted (may have been received)');
      await page.close();
    } finally {
      s.cloud.setBehavior('ok');
    }
  });

  it('a hostile cloud’s 2 MB outline is cut, the user told, and none of it reaches the local model', async () => {
    s.cloud.setBehavior('huge');
    try {
      const page = await s.browser.context.newPage();
      await page.goto(`http://${s.site}/form.html`);
      await page.fill('#plain', INSTRUCTION);
      const panel = await openPanel(s.browser, page, '#plain');
      // Send is enabled once the review (and its model-assisted pass, which asks the local server) is
      // done: only requests after Send count.
      const send = panel.getByTestId('send');
      await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
      // POSTs only: Send first checks that the local server answers (a GET that carries nothing).
      const localPosts = () => s.local.requests.filter((r) => r.method === 'POST').length;
      const localBefore = localPosts();
      await send.click();
      const error = panel.locator('[data-testid="error"][data-code="cloud-reply-too-large"]');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.innerText()).toMatch(/cut off and not used/);
      expect(localPosts()).toBe(localBefore);
      expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
      const entries = await auditList(s.options.page);
      expect(entries[0]?.status).toBe('failed');
      expect(entries[0]?.text).toContain('cloud-reply-too-large');
      await page.close();
    } finally {
      s.cloud.setBehavior('ok');
    }
  });

  it('the audit view pages through every entry, numbered from the oldest, and exports all', async () => {
    const page = s.options.page;
    const existing = (await auditList(page)).length;
    // 300 more entries than the 200 the view used to stop at, written as the egress writes them.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('cogenesis');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('audit', 'readwrite');
      for (let i = 0; i < 300; i++) {
        tx.objectStore('audit').add({
          time: Date.now() + i,
          site: 'seed.example',
          endpoint: 'https://cloud.example/v1',
          model: 'm',
          purpose: 'logit',
          payload: { prompt: `round ${i} ${'x'.repeat(400)}` },
          withheld: 0,
          status: 'sent',
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    const total = existing + 300;
    const first = await auditList(page);
    expect(first[0]?.number).toBe(total);
    expect(await page.getByTestId('audit-range').innerText()).toContain(`of ${total}`);
    const numbers = first.map((e) => e.number);
    for (;;) {
      const older = page.getByTestId('audit-older');
      if (await older.isDisabled()) break;
      const last = numbers.at(-1);
      await older.click();
      await page.locator(`[data-testid="audit"] > li[value="${(last ?? 0) - 1}"]`).waitFor();
      numbers.push(
        ...(await page
          .locator('[data-testid="audit"] > li')
          .evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value))),
      );
    }
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => total - i));

    const download = page.waitForEvent('download');
    await page.getByTestId('audit-export').click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const exported = JSON.parse(await readFile(file, 'utf8')) as unknown[];
    expect(exported).toHaveLength(total);
  });
});
