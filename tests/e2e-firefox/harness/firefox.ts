/**
 * Headless Firefox ESR driven over WebDriver BiDi (puppeteer-core), with the e2e build of the Firefox
 * extension installed as a temporary add-on in a fresh profile.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { ProtocolError, type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The e2e build (wxt build -b firefox --mode e2e): the release build plus a hook to fire the shortcut. */
export const EXTENSION_DIR = resolve('.output/firefox-mv2-e2e');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
const ADDON_ID = 'cogenesis@example.org';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's origin, moz-extension://<uuid>. */
  origin: string;
  /** Opens one of the extension's pages in a new tab and waits for `ready` (a selector) in it. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Waits for `selector` in a tab that may still be moving into the extension's process. An evaluation that
 * lands in the document being replaced can fail with a protocol error ("right-hand side of 'in' should be
 * an object, got null", seen on CI) that puppeteer does not count as a navigation and so does not retry;
 * such an error is retried here, any other failure is reported as it is. Once the tab has answered
 * nothing but that error for STUCK_MS it is given up (CI once saw it answer so for 30 s): the caller
 * opens the page again in a new tab.
 */
async function waitWhileMoving(page: Page, selector: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let stuckSince: number | undefined;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      if (!causedByProtocol(error) || Date.now() >= deadline) throw error;
      stuckSince ??= Date.now();
      if (Date.now() - stuckSince >= STUCK_MS) throw error;
    }
  }
}

/** How long a tab may answer only protocol errors before it is given up for a new one. */
const STUCK_MS = 5_000;
/** Tabs an extension page is opened in before its failure is reported. */
const OPEN_ATTEMPTS = 3;

/** Whether a ProtocolError is in the error's cause chain (puppeteer wraps it twice: selector, then wait). */
function causedByProtocol(error: unknown): boolean {
  for (let at = error; at instanceof Error; at = at.cause) if (at instanceof ProtocolError) return true;
  return false;
}

/**
 * Opens `url` in `page` and waits for `ready` in it. Firefox moves the tab into the extension's process
 * and puppeteer never hears that this navigation finished: the page's content is waited for instead,
 * and then the navigation no longer. An error from the navigation itself (e.g. a refused URL) still
 * fails here.
 */
async function load(page: Page, url: string, ready: string): Promise<void> {
  const stop = new AbortController();
  const navigation = page.goto(url, { timeout: 0, signal: stop.signal }).then(
    () => undefined,
    (error: unknown) => {
      if (!stop.signal.aborted) throw error;
    },
  );
  const loaded = waitWhileMoving(page, ready, 30_000);
  // Whichever fails first is reported; the other is not left to fail unobserved.
  loaded.catch(() => undefined);
  try {
    await Promise.race([navigation, loaded]);
    await loaded;
  } finally {
    stop.abort();
  }
  await navigation;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  // Firefox gives each install a random host; fixing it lets the tests address the extension's pages.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension: pages without it.
    args: ['--remote-allow-system-access'],
    timeout: 60_000,
    protocolTimeout: 120_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'xpinstall.signatures.required': false,
    },
  });
  try {
    const id = await browser.installExtension(EXTENSION_DIR);
    if (id !== ADDON_ID) throw new Error(`Installed add-on ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;
  return {
    browser,
    origin,
    async openExtensionPage(path, ready) {
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        try {
          await load(page, `${origin}/${path}`, ready);
          return page;
        } catch (error) {
          await page.close().catch(() => undefined);
          // Only a tab stuck in the document being replaced is given up for a new one.
          if (attempt >= OPEN_ATTEMPTS || !causedByProtocol(error)) throw error;
        }
      }
    },
    close: () => browser.close(),
  };
}
