/// <reference types="chrome" />
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './browser';

export interface EndpointForm {
  cloudUrl: string;
  cloudKey?: string;
  cloudModel?: string;
  timeoutSeconds?: number;
  localUrl: string;
  localModel?: string;
}

/** Page object for the options page: everything set the way a user sets it. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser): Promise<OptionsPage> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('save-endpoints').waitFor();
    return new OptionsPage(page);
  }

  async setEndpoints(form: EndpointForm): Promise<void> {
    const page = this.page;
    await page.fill('input[name="cloud.baseURL"]', form.cloudUrl);
    await page.fill('input[name="cloud.apiKey"]', form.cloudKey ?? 'sk-test-key');
    await page.fill('input[name="cloud.model"]', form.cloudModel ?? 'stub-cloud');
    await page.fill('input[name="cloud.timeout"]', String(form.timeoutSeconds ?? 10));
    await page.fill('input[name="localServer.baseURL"]', form.localUrl);
    await page.fill('input[name="localServer.model"]', form.localModel ?? 'stub-local');
    // Wait for this save's answer: the status may still show an earlier "Saved.".
    const status = page.getByTestId('endpoints-status');
    const before = Number((await status.count()) ? await status.getAttribute('data-saves') : 0);
    await page.getByTestId('save-endpoints').click();
    await page.locator(`[data-testid="endpoints-status"][data-saves="${before + 1}"]`).waitFor();
  }

  /** Chooses who writes drafts on the device: the loopback server or the in-browser model. */
  async useEngine(kind: 'server' | 'webllm'): Promise<void> {
    // The radio shows the saved engine: a re-render before the save lands (model statuses arrive
    // all the while) shows the old one again, so wait for the saved choice, not for the click.
    const radio = this.page.getByTestId(`engine-${kind}`);
    // Shown once the stored choice is known; already chosen, a click changes and saves nothing.
    await radio.waitFor();
    if (await radio.isChecked()) return;
    await radio.click();
    await this.page.locator(`[data-testid="engine-${kind}"]:checked`).waitFor();
    await this.page.getByTestId('models-status').getByText('Saved.').waitFor();
  }

  /** Picks a web-llm model in the model table. */
  async chooseModel(modelId: string): Promise<void> {
    await this.page.locator(`[data-testid="models"] li[data-model="${modelId}"] input[type="radio"]`).check();
  }

  async endpointStatus(): Promise<string> {
    return this.page.getByTestId('endpoints-status').innerText();
  }

  async importContext(json: string, name = 'context.json'): Promise<string> {
    await this.page
      .getByTestId('context-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
    const status = this.page.getByTestId('context-status');
    await status.waitFor();
    return status.innerText();
  }

  /** The audit log's entries as { status, text }, newest first (reloads the page). */
  async auditEntries(): Promise<{ status: string; text: string }[]> {
    await this.page.reload();
    await this.page.getByTestId('save-endpoints').waitFor();
    // The list sets data-total once its first page is loaded: wait on that, not on time.
    await this.page.locator('[data-testid="audit"][data-total]').waitFor();
    return this.page
      .locator('[data-testid="audit"] > li')
      .evaluateAll((items) =>
        items.map((li) => ({ status: li.getAttribute('data-status') ?? '', text: li.textContent ?? '' })),
      );
  }
}

/** Sets a site's mode through the popup page, opened for that site. */
export async function setSiteMode(browser: ExtensionBrowser, site: string, mode: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?site=${encodeURIComponent(site)}`);
  await page.getByTestId(`mode-${mode}`).check();
  // Done when the choice is stored, where the background reads it for every page loaded after
  // (an event, not a poll: this also runs in beforeAll hooks).
  await page.evaluate(
    ({ key, wanted }) =>
      new Promise<void>((done) => {
        const check = async () => {
          const { siteModes } = await chrome.storage.local.get('siteModes');
          if ((siteModes as Record<string, string> | undefined)?.[key] !== wanted) return;
          chrome.storage.onChanged.removeListener(onChanged);
          done();
        };
        const onChanged = () => void check();
        chrome.storage.onChanged.addListener(onChanged);
        void check();
      }),
    { key: site, wanted: mode },
  );
  await page.close();
}

/**
 * Fires the shortcut's handler (headless Chromium cannot deliver the key to the browser UI) and
 * resolves once the tab's content scripts have answered it (or the tab had none to answer).
 */
export async function pressShortcut(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() =>
    (globalThis as unknown as { cogenesisTestCommand(name: string): Promise<void> }).cogenesisTestCommand(
      'open-panel',
    ),
  );
}

/**
 * Resolves once the browser reports `url`'s tab as the active one, where the shortcut goes: a page
 * brought to the front is focused before the browser's tab list says so.
 */
export async function activeTab(browser: ExtensionBrowser, url: string): Promise<void> {
  await expect
    .poll(() =>
      browser.worker.evaluate(
        async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.url,
      ),
    )
    .toBe(url);
}

/**
 * Resolves once the content script's loader runs in `url`'s tab: it answers a settings push (with
 * the state the tab has anyway) even on an Off site, where it shows nothing a test could wait on.
 */
export async function loaderRunning(
  browser: ExtensionBrowser,
  url: string,
  state: { on: boolean; button: boolean },
): Promise<void> {
  await expect
    .poll(() =>
      browser.worker.evaluate(
        async ({ url, state }) => {
          const [tab] = await chrome.tabs.query({ url });
          if (tab?.id === undefined) return false;
          const envelope = { cogenesis: 1, method: 'content:site-changed', params: state };
          const reply: unknown = await chrome.tabs.sendMessage(tab.id, envelope).catch(() => undefined);
          return (reply as { ok?: boolean } | undefined)?.ok === true;
        },
        { url, state },
      ),
    )
    .toBe(true);
}

/** The panel's host element: all the page's DOM shows of the panel (the iframe is in a closed shadow root). */
export const PANEL_SELECTOR = 'div[data-cogenesis="panel"]';

/**
 * The open panel's document, found by its URL among the page's frames: no selector reaches an
 * iframe in a closed shadow root, but the browser still reports the frame.
 */
// 30 s: opening the panel is a shortcut, a message round and an extension page load, which a loaded
// two-core CI machine can stretch well past 10 s; a panel that never opens still fails.
export async function panelFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const isPanel = (frame: Frame) => !frame.isDetached() && frame.url().includes('/panel.html');
  const navigated = page.waitForEvent('framenavigated', { predicate: isPanel, timeout });
  const open = page.frames().find(isPanel);
  if (!open) return navigated;
  navigated.catch(() => undefined);
  return open;
}

/**
 * Fires the shortcut until a content script in `page`'s tab heard it: on a loaded machine the
 * shortcut can reach a tab before its loader listens, or before the browser reports it as active.
 */
async function pressShortcutHeard(browser: ExtensionBrowser, page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        browser.worker.evaluate(async (url) => {
          const heard = await (
            globalThis as unknown as {
              cogenesisTestCommand(name: string): Promise<{ answered: boolean; url?: string }>;
            }
          ).cogenesisTestCommand('open-panel');
          return heard.answered && heard.url === url;
        }, page.url()),
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
}

/** Focuses a field, fires the shortcut and returns the panel. */
export async function openPanel(browser: ExtensionBrowser, page: Page, field: string): Promise<Frame> {
  await page.bringToFront();
  await page.focus(field);
  await pressShortcutHeard(browser, page);
  const panel = await panelFrame(page);
  await panel.getByTestId('mode').waitFor({ timeout: 30_000 });
  return panel;
}

/**
 * Clicks a panel button whose action closes the panel (Close, Insert), and waits until the panel has
 * left the host page, which says the button did its work. The click removes its own frame: on a loaded
 * machine the frame was gone before the click's after-action wait began, and the click then waited its
 * 30 s out ("performing click action": review.e2e.ts under .ci/run beside a privacy bench), so it does
 * not wait after its action.
 */
export async function clickClosingPanel(page: Page, button: Locator, timeout?: number): Promise<void> {
  await button.click({ noWaitAfter: true, ...(timeout === undefined ? {} : { timeout }) });
  await page.locator(PANEL_SELECTOR).waitFor({ state: 'detached' });
}

/** Closes the panel with its Close button (clickClosingPanel). */
export const closePanel = (page: Page, panel: Frame): Promise<void> =>
  clickClosingPanel(page, panel.getByTestId('cancel'));

export async function newPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
