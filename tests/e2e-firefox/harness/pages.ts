import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { FirefoxWithExtension } from './firefox';

/** A selector for a data-testid, as the product's markup names its controls. */
export const tid = (id: string) => `[data-testid="${id}"]`;

/** The panel's host element: all the page's DOM shows of the panel (its iframe is in a closed shadow root). */
export const PANEL_SELECTOR = 'div[data-cogenesis="panel"]';

/** Sets the endpoints in options the way a user does, and waits for the saved status. */
export async function setEndpoints(options: Page, cloudUrl: string, localUrl: string): Promise<string> {
  const fields: [string, string][] = [
    ['cloud.baseURL', cloudUrl],
    ['cloud.apiKey', 'sk-test-key'],
    ['cloud.model', 'stub-cloud'],
    ['cloud.timeout', '10'],
    ['localServer.baseURL', localUrl],
    ['localServer.model', 'stub-local'],
  ];
  for (const [name, value] of fields) {
    const input = `input[name="${name}"]`;
    await options.$eval(input, (el) => ((el as HTMLInputElement).value = ''));
    await options.type(input, value);
  }
  await options.click(tid('save-endpoints'));
  const status = await options.waitForSelector(tid('endpoints-status'));
  return (await status?.evaluate((el) => el.textContent ?? '')) ?? '';
}

/** Imports a context file through options' file input; returns the status line. */
export async function importContext(options: Page, json: string, dir: string): Promise<string> {
  const file = join(dir, 'context.json');
  await writeFile(file, json);
  const input = await options.waitForSelector(tid('context-file'));
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  const status = await options.waitForSelector(tid('context-status'));
  return (await status?.evaluate((el) => el.textContent ?? '')) ?? '';
}

/** Sets a site's mode through the popup page, opened for that site. */
export async function setSiteMode(ff: FirefoxWithExtension, site: string, mode: string): Promise<void> {
  const popup = await ff.openExtensionPage(
    `popup.html?site=${encodeURIComponent(site)}`,
    tid(`mode-${mode}`),
  );
  await popup.click(tid(`mode-${mode}`));
  await popup.waitForSelector(`${tid(`mode-${mode}`)}:checked`);
  await popup.close();
}

/**
 * Fires the shortcut's handler and waits for it in the background page (headless Firefox delivers no key to the
 * browser's own shortcuts), from an extension page: `extensionPage` must be one of ours.
 */
export async function pressShortcut(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<unknown> } } }
    ).browser.runtime;
    const background = (await runtime.getBackgroundPage()) as {
      cogenesisTestCommand(name: string): Promise<void>;
    };
    // Resolves once every frame of the active tab answered (or had no listener).
    await background.cogenesisTestCommand('open-panel');
  });
}

/**
 * The path of a frame's document. Firefox loads extension documents in another process, and puppeteer
 * keeps reporting such a frame at about:blank; the frame itself answers correctly.
 */
function pathOf(frame: Frame): Promise<string> {
  return frame.evaluate(() => location.pathname).catch(() => '');
}

/** The open panel's document, found among the page's frames by its path (no selector reaches it). */
export async function panelFrame(page: Page): Promise<Frame> {
  await page.waitForSelector(PANEL_SELECTOR, { timeout: 30_000 });
  let panel: Frame | undefined;
  await expect
    .poll(
      async () => {
        for (const frame of page.frames())
          if (frame !== page.mainFrame() && (await pathOf(frame)) === '/panel.html') panel = frame;
        return panel !== undefined;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return panel as Frame;
}

/**
 * Clicks `selector` in the panel with the page's pointer, at the element's place on the page. Puppeteer
 * finds where a frame sits through BiDi's "context" locator, which Firefox ESR 140 does not have, so
 * `frame.click` fails there; the panel's iframe fills its host element (border 0), which the page's DOM
 * holds, so the host's box plus the element's box in the panel is the point a user would press.
 */
export async function clickInPanel(page: Page, panel: Frame, selector: string): Promise<void> {
  const inPanel = await panel.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'nearest' });
    const box = el.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  const host = await page.$eval(PANEL_SELECTOR, (el) => {
    const box = el.getBoundingClientRect();
    return { x: box.x, y: box.y };
  });
  await page.mouse.click(host.x + inPanel.x, host.y + inPanel.y);
}

/** Focuses a field, fires the shortcut and returns the panel once it shows the mode. */
export async function openPanel(page: Page, field: string, extensionPage: Page): Promise<Frame> {
  await page.bringToFront();
  await page.focus(field);
  await pressShortcut(extensionPage);
  const panel = await panelFrame(page);
  await panel.waitForSelector(tid('mode'), { timeout: 30_000 });
  return panel;
}

/** The text of an element in a page or frame, '' when it is absent. */
export async function textOf(where: Page | Frame, selector: string): Promise<string> {
  const el = await where.$(selector);
  return (await el?.evaluate((node) => (node as HTMLElement).innerText)) ?? '';
}

/**
 * Runs `click` (a Send or Insert press) and returns the confirm window Firefox shows for it
 * (lib/background/confirm-window.ts), with the text it shows, once it shows it.
 */
export async function confirmWindowAfter(
  ff: FirefoxWithExtension,
  click: () => Promise<void>,
): Promise<{ page: Page; text: string }> {
  const before = new Set(await ff.browser.pages());
  await click();
  let window: Page | undefined;
  await expect
    .poll(
      async () => {
        for (const page of await ff.browser.pages())
          if (!before.has(page) && (await pathOf(page.mainFrame())) === '/confirm.html') window = page;
        return window !== undefined;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const page = window as Page;
  const text = await page.waitForSelector(tid('confirm-text'), { timeout: 30_000 });
  return { page, text: (await text?.evaluate((el) => (el as HTMLTextAreaElement).value)) ?? '' };
}

/**
 * Clicks Yes or No in a confirm window. An answer closes the window (ConfirmApp), and on a loaded
 * machine it closed before Firefox had finished the click's input actions: the click failed with the
 * window's browsing context discarded though the answer was given (a .ci/run under load did). A
 * failed click counts only where the window is gone after it (closed, no longer listed, or no longer
 * running a script), which nothing but an answer does here; otherwise its error stands. Either way
 * the test's next steps check which answer the panel got.
 */
export async function answerConfirm(ff: FirefoxWithExtension, window: Page, yes: boolean): Promise<void> {
  try {
    await window.click(tid(yes ? 'confirm-yes' : 'confirm-no'));
  } catch (error) {
    const gone = async () =>
      window.isClosed() ||
      !(await ff.browser.pages()).includes(window) ||
      (await window.evaluate(() => false).catch(() => true));
    const answered = await expect
      .poll(gone, { timeout: 10_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (!answered) throw error;
  }
}
