/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { openPanel, PANEL_SELECTOR, panelFrame, pressShortcut } from './harness/extension-pages';
import { buildFixtures } from './harness/fixtures';
import { serveStatic } from './harness/static-server';

let browser: ExtensionBrowser;
let fixtures: { port: number; close(): Promise<void> };
let site: string;

beforeAll(async () => {
  fixtures = await serveStatic(await buildFixtures());
  site = `127.0.0.1:${fixtures.port}`;
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

async function page(path = 'form.html'): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`http://${site}/${path}`);
  await p.bringToFront();
  return p;
}

const BUTTON = 'div[data-cogenesis="field-button"]';

describe('triggers and the panel', () => {
  it('the shortcut opens the panel for the focused field, not another', async () => {
    const p = await page();
    await p.fill('#plain', 'the textarea text');
    await p.fill('#react-input', 'the input text');
    const panel = await openPanel(browser, p, '#react-input');
    expect(await panel.getByTestId('instruction').innerText()).toBe('the input text');
    await p.close();
  });

  it('the field button opens the panel for its field', async () => {
    const p = await page();
    await p.fill('#plain', 'write a thank-you note');
    await p.focus('#plain');
    const host = p.locator(BUTTON);
    await host.waitFor({ state: 'visible' });
    const box = await host.boundingBox();
    const field = await p.locator('#plain').boundingBox();
    // Inside the field's bottom-right corner.
    expect(box && field && box.x > field.x && box.x + box.width <= field.x + field.width + 1).toBe(true);
    await p.mouse.click((box?.x ?? 0) + 11, (box?.y ?? 0) + 11);
    const panel = await panelFrame(p);
    expect(await panel.getByTestId('instruction').innerText()).toBe('write a thank-you note');
    await p.close();
  });

  it('the context menu on selected text opens the panel with the selection as the instruction', async () => {
    const p = await page();
    await p.fill('#plain', 'Notes from Monday. Thank the team for the launch. More notes.');
    await p.locator('#plain').evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf('Thank');
      el.focus();
      el.setSelectionRange(at, el.value.indexOf(' More'));
    });
    await browser.worker.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
        cogenesisTestMenu(info: object, tab: object): void;
      };
      const [tab] = await g.chrome.tabs.query({ active: true, currentWindow: true });
      g.cogenesisTestMenu({ menuItemId: 'cogenesis-draft', frameId: 0 }, { id: tab?.id });
    });
    const panel = await panelFrame(p);
    expect(await panel.getByTestId('instruction').innerText()).toBe('Thank the team for the launch.');
    await p.close();
  });

  it('the panel takes focus, Tab moves through it, Esc closes it and returns focus to the field', async () => {
    const p = await page();
    await p.fill('#plain', 'draft something');
    const panel = await openPanel(browser, p, '#plain');
    // The panel takes focus on Send once Send can be pressed (not the outbound text), and Tab moves on.
    const focused = () =>
      panel.locator('main').evaluate(() => {
        const el = document.activeElement;
        return el && el !== document.body ? `${el.tagName}:${el.getAttribute('data-testid') ?? ''}` : '';
      });
    await expect.poll(focused).toBe('BUTTON:send');
    await panel.locator('main').press('Tab');
    expect(await focused()).toBe('BUTTON:cancel');
    // Escape goes to the focused element through the page's keyboard, not through a handle in the panel:
    // the key removes the panel's frame, and a press still waiting on a handle in that frame then sat out
    // its 30 s timeout under load (seen once in CI at load ~6). The panel closes on the key going down;
    // the key is let up only once the frame is gone (in the field): a key up sent to the frame being
    // removed can go unacknowledged, and a key press has no timeout of its own: the one step here that
    // can wait without end (once in CI, quiet, this test ran out its 60 s with no step timing out).
    await p.keyboard.down('Escape');
    await p.locator(PANEL_SELECTOR).waitFor({ state: 'detached' });
    await p.keyboard.up('Escape');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('plain');
    expect(await p.inputValue('#plain')).toBe('draft something');
    await p.close();
  });

  it('the panel stays anchored beside the field after scrolling', async () => {
    const p = await page();
    await p.fill('#plain', 'draft something');
    await openPanel(browser, p, '#plain');
    const offset = async () => {
      const [panelBox, fieldBox] = await Promise.all([
        p.locator(PANEL_SELECTOR).boundingBox(),
        p.locator('#plain').boundingBox(),
      ]);
      return (panelBox?.y ?? 0) - (fieldBox?.y ?? 0);
    };
    const before = await offset();
    await p.evaluate(() => window.scrollBy(0, 60));
    // The panel follows on the next frames; a panel left behind keeps a 60 px gap and the poll fails.
    await expect.poll(async () => Math.abs((await offset()) - before)).toBeLessThanOrEqual(1);
    await p.close();
  });

  it("follows the page's dark scheme", async () => {
    const p = await page('dark.html');
    await p.fill('#plain', 'draft something');
    const panel = await openPanel(browser, p, '#plain');
    expect(await panel.locator('html').getAttribute('data-scheme')).toBe('dark');
    await p.close();
  });

  it('the field button can be turned off for a site', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?site=${encodeURIComponent(site)}`);
    await popup.getByTestId('button-toggle').uncheck();
    // Stored, where the background reads it for the page loaded next.
    await expect
      .poll(() =>
        popup.evaluate(
          async () =>
            ((await chrome.storage.local.get('fieldButton')).fieldButton as { disabledSites?: string[] })
              ?.disabledSites ?? [],
        ),
      )
      .toContain(site);
    await popup.close();
    const p = await page();
    await p.focus('#plain');
    // The shortcut still works there. The writer handles the focus before the trigger, so once the
    // panel is open a button would exist (hidden while the panel is open, but in the page).
    await pressShortcut(browser);
    await p.locator(PANEL_SELECTOR).waitFor();
    expect(await p.locator(BUTTON).count()).toBe(0);
    await p.close();
  });
});
