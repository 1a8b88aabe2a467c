import type { Frame, Locator, Page } from 'playwright-core';
import { NOTHING_REACHED } from './harness/hostile-probe';
import { describe, expect, it } from 'vitest';
import { openPanel, PANEL_SELECTOR, panelFrame, pressShortcut, setSiteMode } from './harness/extension-pages';
import { useSuite } from './harness/suite';

// The page is the attacker here (issue 10, items 1, 3 and 9).
const s = useSuite();

interface Hostile {
  hide(): void;
  unhide(): void;
  fadeFrame(): void;
  fadeHost(): void;
  probe(): Probe;
  chase(fromX: number, fromY: number, toX: number, toY: number): boolean;
  stopChase(): void;
}

/** What the page's scripts found of the panel (see hostile.html). */
interface Probe {
  extensionUrls: string[];
  timedUrls: string[];
  iframes: number;
  iframesByTag: number;
  framesInRoots: number;
  openRoot: boolean;
  windows: number;
}

function hostile(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.probe());
}

async function hostilePage(site = s.site): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.goto(`http://${site}/hostile.html`);
  return page;
}

function cloudPosts(): number {
  return s.cloud.requests.filter((r) => r.method === 'POST').length;
}

/** Isolated worlds of our extension's content script in the page, seen through DevTools. */
async function contentScriptWorlds(page: Page): Promise<number> {
  const cdp = await s.browser.context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => origins.push(event.context.origin));
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return origins.filter((origin) => origin.includes(s.browser.extensionId)).length;
}

/** The centre of a control inside the panel, in the page's coordinates. */
async function centre(control: Locator): Promise<{ x: number; y: number }> {
  const box = await control.boundingBox();
  if (!box) throw new Error('control not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Waits until the attack visibly failed (the panel shows `disarmed`) or succeeded (`succeeded()`),
 * so that without the defence the test fails on what the attack did, not on a timeout.
 */
async function outcome(panel: Frame, disarmed: string, succeeded: () => Promise<boolean>) {
  await expect
    .poll(async () => (await succeeded()) || (await panel.locator(disarmed).count()) > 0, { timeout: 20_000 })
    .toBe(true);
}
const HIDDEN = '[data-testid="arming"][data-reason="hidden"]';

describe('a hostile page', () => {
  it('cannot get Send or Insert clicked on a transparent panel', async () => {
    const page = await hostilePage();
    const panel = await openPanel(s.browser, page, '#plain');
    const send = panel.getByTestId('send');
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
    const sendAt = await centre(send);
    const before = cloudPosts();

    await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.hide());
    await page.mouse.click(sendAt.x, sendAt.y);
    await outcome(panel, HIDDEN, async () => cloudPosts() > before);
    expect(cloudPosts()).toBe(before);
    await page.mouse.click(sendAt.x, sendAt.y);
    expect(await send.isDisabled()).toBe(true);
    expect(cloudPosts()).toBe(before);
    // Restyling the frame itself is undone before it is painted.
    await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.fadeFrame());
    expect(await page.locator(PANEL_SELECTOR).evaluate((f) => getComputedStyle(f).opacity)).toBe('1');

    // Visible again: the same click works (so the test above can fail).
    await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.unhide());
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
    await send.click();
    const insert = panel.getByTestId('insert');
    await insert.waitFor({ timeout: 60_000 });
    expect(cloudPosts()).toBeGreaterThan(before);
    await expect.poll(() => insert.isEnabled(), { timeout: 15_000 }).toBe(true);
    const insertAt = await centre(insert);
    const instruction = await page.inputValue('#plain');

    await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.hide());
    await page.mouse.click(insertAt.x, insertAt.y);
    await outcome(panel, HIDDEN, async () => (await page.inputValue('#plain')) !== instruction);
    expect(await page.inputValue('#plain')).toBe(instruction);
    await page.mouse.click(insertAt.x, insertAt.y);
    expect(await insert.isDisabled()).toBe(true);
    expect(await page.inputValue('#plain')).toBe(instruction);
    expect(await page.locator(PANEL_SELECTOR).count()).toBe(1);
    await page.close();
  });

  it('cannot get Send clicked by making the panel host transparent', async () => {
    const page = await hostilePage();
    const panel = await openPanel(s.browser, page, '#plain');
    const send = panel.getByTestId('send');
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
    const sendAt = await centre(send);
    const before = cloudPosts();

    // An !important rule and an !important style attribute on the element the page can reach.
    await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.fadeHost());
    await page.mouse.click(sendAt.x, sendAt.y);
    await outcome(
      panel,
      '[data-testid="refused"], [data-testid="arming"]',
      async () => cloudPosts() > before,
    );
    await page.mouse.click(sendAt.x, sendAt.y);
    expect(cloudPosts()).toBe(before);
    // Neither won: the host is as opaque as the panel, so what the user sees is the panel.
    expect(await page.locator(PANEL_SELECTOR).evaluate((host) => getComputedStyle(host).opacity)).toBe('1');

    // The rule is still there but does nothing: once still, the user's own click works.
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
    await send.click();
    await panel.getByTestId('insert').waitFor({ timeout: 60_000 });
    expect(cloudPosts()).toBeGreaterThan(before);
    await page.close();
  });

  it('finds no iframe and no extension address in its DOM while a panel is open', async () => {
    const page = await hostilePage();
    await openPanel(s.browser, page, '#plain');
    // The page overrode attachShadow before the content script ran (hostile.html); the content
    // script's isolated world has its own, so no root was handed to the page.
    expect(await hostile(page)).toEqual(NOTHING_REACHED);
    expect(await page.content()).not.toMatch(/(?:chrome|moz)-extension:/);
    expect(await page.locator(PANEL_SELECTOR).count()).toBe(1);
    await page.close();
  });

  it('cannot move the panel under the cursor and have the click count', async () => {
    const page = await hostilePage();
    const panel = await openPanel(s.browser, page, '#plain');
    const send = panel.getByTestId('send');
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
    const before = cloudPosts();
    // The user aims at the page's decoy; the page slides Send under the cursor and keeps it moving
    // by a pixel a frame, so the click always comes within the arming delay of a move.
    const decoy = await centre(page.locator('#decoy'));
    await page.mouse.move(decoy.x, decoy.y);
    const sendAt = await centre(send);
    const moved = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { __hostile: Hostile }).__hostile.chase(from.x, from.y, to.x, to.y),
      [sendAt, decoy] as const,
    );
    expect(moved).toBe(true);
    await page.mouse.click(decoy.x, decoy.y);
    await outcome(
      panel,
      '[data-testid="refused"], [data-testid="arming"]',
      async () => cloudPosts() > before,
    );
    await page.mouse.click(decoy.x + 1, decoy.y);
    expect(cloudPosts()).toBe(before);
    expect(await panel.getByTestId('outbound').count()).toBe(1);
    // Once the panel stands still for the arming delay, the user's own click works.
    await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.stopChase());
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
    await send.click();
    await panel.getByTestId('insert').waitFor({ timeout: 60_000 });
    expect(cloudPosts()).toBeGreaterThan(before);
    await page.close();
  });

  it('reads only the text the page shows, and says how much was hidden', async () => {
    const page = await hostilePage();
    await page.locator('#rich').click();
    await page.bringToFront();
    await pressShortcut(s.browser);
    await page.locator(PANEL_SELECTOR).waitFor({ timeout: 10_000 });
    const panel = await panelFrame(page);
    const outbound = panel.getByTestId('outbound');
    await expect.poll(() => outbound.inputValue(), { timeout: 15_000 }).toContain('leave');
    const text = await outbound.inputValue();
    for (const marker of [
      'DISPLAYNONE',
      'FONTSIZEZERO',
      'VISIBILITYHIDDEN',
      'OPACITYZERO',
      'OFFSCREEN',
      'CLIPPED',
    ])
      expect(text).not.toContain(marker);
    await expect
      .poll(() => panel.getByTestId('hidden-text').innerText())
      .toMatch(/^82 characters in the field were hidden on the page and were left out/);
    await page.close();
  });

  it('on an Off site, hears nothing from the extension; elsewhere, learns no id and cannot stop it', async () => {
    const id = s.browser.extensionId;
    const offSite = `localhost:${s.port}`;
    await setSiteMode(s.browser, offSite, 'off');
    const page = await hostilePage(offSite);
    await expect.poll(() => contentScriptWorlds(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.focus('#plain');
    await pressShortcut(s.browser);
    // The same page on a site that is not Off is answered, even after it forged WXT's
    // "content script started" event, which used to stop the content script.
    const onSite = await hostilePage();
    await expect.poll(() => contentScriptWorlds(onSite), { timeout: 15_000 }).toBeGreaterThan(0);
    await onSite.evaluate((extensionId) => {
      const type = `${extensionId}:writer:wxt:content-script-started`;
      const detail = { contentScriptName: 'writer', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, contentScriptName: 'writer', messageId: 'forged' }, '*');
    }, id);
    await openPanel(s.browser, onSite, '#plain');

    const posted = await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted);
    expect(posted).toEqual([]);
    expect(await page.content()).not.toContain(id);
    expect(await page.locator('iframe').count()).toBe(0);
    const postedOn = await onSite.evaluate(() => (window as unknown as { __posted: string[] }).__posted);
    expect(postedOn.filter((m) => !m.includes('forged') && m.includes(id))).toEqual([]);
    expect(await onSite.content()).not.toContain(id);
    await page.close();
    await onSite.close();
  });
});
