/**
 * Sketch mode in Firefox ESR, end to end, with the CPU engine: wllama (llama.cpp in WebAssembly) runs in
 * the background page (Firefox's engine host) and writes the draft with the tiny Llama 3 model
 * (tests/models/) served from loopback; the cloud is the Chromium suite's stand-in. Firefox cannot
 * verify that a page shows the panel as it is, so Send and Insert are confirmed in the extension's own
 * window; the tests answer there.
 */
import { NOTHING_REACHED } from '../e2e/harness/hostile-probe';
import { mkdir } from 'node:fs/promises';
import type { Frame, Page } from 'puppeteer-core';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { tinyModels } from '../models/tiny';
import { TINY_TEXT } from '../models/tiny-spec';
import { INSTRUCTION, PRIVATE_VALUES } from '../e2e/harness/context-data';
import { serveGguf, writeCpuEngineSettings } from '../e2e/wllama-settings';
import {
  answerConfirm,
  clickInPanel,
  confirmWindowAfter,
  openPanel,
  PANEL_SELECTOR,
  pressShortcut,
  setSiteMode,
  textOf,
  tid,
} from './harness/pages';
import { useFirefoxSuite } from './harness/suite';

const s = useFirefoxSuite();
/** wllama loads and runs the model on the CPU: generous on a loaded two-core machine. */
const DRAFT_WAIT = 180_000;
const CPU_TEST = 300_000;
const SHOTS = '.output/screenshots';
let closeModel: (() => Promise<void>) | undefined;
const fetched: string[] = [];

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  const { models } = await tinyModels();
  const served = await serveGguf(models.llama3.path, fetched);
  closeModel = served.close;
  await s.options.evaluate(writeCpuEngineSettings, served.url);
}, 300_000);
afterAll(() => closeModel?.());

async function formPage(site = s.site): Promise<Page> {
  const page = await s.ff.browser.newPage();
  await page.goto(`http://${site}/form.html`);
  await page.type('#plain', INSTRUCTION);
  return page;
}

const fieldValue = (page: Page) => page.$eval('#plain', (el) => (el as HTMLTextAreaElement).value);
const cloudPosts = () =>
  s.cloud.requests.filter((r) => r.method === 'POST').map((r) => JSON.stringify(r.body));

/** Screenshots of a page with the panel open, 1280 and 400 px wide, for a person to look at. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1280, 400]) {
    // Puppeteer sends a screen orientation with every viewport, a command Firefox ESR 140 does not know;
    // the size goes in the command beside it (puppeteer may return before it lands), so the page's own
    // width says when it took.
    await page.setViewport({ width, height: 800 }).catch(() => undefined);
    await expect.poll(() => page.evaluate(() => innerWidth)).toBe(width);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
}

/**
 * Presses a panel button once it is enabled (with the model loaded, the panel first has it check the
 * outbound text) and answers the confirm window it opens; returns the text the window showed.
 */
async function confirmed(page: Page, panel: Frame, button: string, yes: boolean): Promise<string> {
  await panel.waitForSelector(`${tid(button)}:not([disabled])`, { timeout: DRAFT_WAIT });
  const window = await confirmWindowAfter(s.ff, () => clickInPanel(page, panel, tid(button)));
  await window.page.screenshot({ path: `${SHOTS}/firefox-confirm-${button}.png` });
  await answerConfirm(s.ff, window.page, yes);
  return window.text;
}

/**
 * Waits for the draft (Insert shows) and fails at once, with the panel's words, on an error: call it
 * once no error from before is on show.
 */
async function draftReady(panel: Frame): Promise<void> {
  const shown = await panel.waitForSelector(`${tid('insert')}, ${tid('error')}`, { timeout: DRAFT_WAIT });
  const error = await shown?.evaluate((el) =>
    el.getAttribute('data-testid') === 'error' ? `${el.getAttribute('data-code')}: ${el.textContent}` : '',
  );
  expect(error).toBe('');
}

describe('sketch mode in Firefox with the CPU engine', () => {
  it(
    'shows what leaves, writes the exact greedy draft on the device, and Insert puts it in the field',
    async () => {
      const page = await formPage();
      const panel = await openPanel(page, '#plain', s.options);
      await panel.waitForSelector(tid('guard-ok'), { timeout: 30_000 });
      const outbound = await panel.$eval(tid('outbound'), (el) => (el as HTMLTextAreaElement).value);
      for (const value of PRIVATE_VALUES) expect(outbound.toLowerCase()).not.toContain(value.toLowerCase());
      expect(outbound).toMatch(/\[PERSON_1\]/);

      // The confirm window shows exactly the text that leaves.
      expect(await confirmed(page, panel, 'send', true)).toBe(outbound);
      // Not cached yet: nothing is fetched without consent.
      const error = await panel.waitForSelector(tid('error'), { timeout: 60_000 });
      expect(await error?.evaluate((el) => el.getAttribute('data-code'))).toBe('model-not-downloaded');
      expect(fetched).toEqual([]);
      await clickInPanel(page, panel, tid('download-model'));
      // The panel re-renders after the click: until the error it answers is gone, draftReady would find
      // that error and fail on it (a loaded .ci/run did). Its button goes with it.
      await panel.waitForSelector(tid('download-model'), { hidden: true, timeout: DRAFT_WAIT });
      await draftReady(panel);
      expect(fetched.length).toBeGreaterThan(0);
      // The draft is what the model wrote under greedy decoding, no more, no less.
      expect((await textOf(panel, tid('draft'))).trim()).toBe(TINY_TEXT);

      // The cloud received the outbound text and no private value.
      const sent = cloudPosts();
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.some((body) => body.includes(JSON.stringify(outbound).slice(1, -1)))).toBe(true);
      for (const body of sent)
        for (const value of PRIVATE_VALUES) expect(body.toLowerCase()).not.toContain(value.toLowerCase());

      await screenshots(page, 'firefox-panel-draft');

      // Nothing is written before Insert is confirmed.
      expect(await fieldValue(page)).toBe(INSTRUCTION);
      expect((await confirmed(page, panel, 'insert', true)).trim()).toBe(TINY_TEXT);
      await page.waitForSelector(PANEL_SELECTOR, { hidden: true, timeout: 30_000 });
      expect((await fieldValue(page)).trim()).toBe(TINY_TEXT);
      await page.close();
    },
    CPU_TEST,
  );

  it(
    'Cancel, in the confirm window or in the panel, leaves the field untouched',
    async () => {
      const page = await formPage();
      const panel = await openPanel(page, '#plain', s.options);
      await panel.waitForSelector(tid('guard-ok'), { timeout: 30_000 });
      await confirmed(page, panel, 'send', true);
      // The model is cached now: the draft comes without asking again.
      await draftReady(panel);
      expect((await textOf(panel, tid('draft'))).trim()).toBe(TINY_TEXT);

      // Cancel in the confirm window: nothing is inserted, the panel stays.
      await confirmed(page, panel, 'insert', false);
      await panel.waitForSelector(tid('insert'));
      expect(await fieldValue(page)).toBe(INSTRUCTION);

      await clickInPanel(page, panel, tid('cancel'));
      await page.waitForSelector(PANEL_SELECTOR, { hidden: true, timeout: 30_000 });
      expect(await fieldValue(page)).toBe(INSTRUCTION);
      await page.close();
    },
    CPU_TEST,
  );

  it('on an Off site, adds nothing to the page and the shortcut does nothing', async () => {
    const offSite = `localhost:${s.port}`;
    await setSiteMode(s.ff, offSite, 'off');
    const page = await formPage(offSite);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.bringToFront();
    await page.focus('#plain');
    // Waits until every frame of the tab had its chance to answer the shortcut.
    await pressShortcut(s.options);
    expect(await page.$(PANEL_SELECTOR)).toBeNull();
    expect(page.frames()).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await fieldValue(page)).toBe(INSTRUCTION);
    await page.close();
  });

  it('the page cannot reach the panel: no frame, no open root, no extension address, none of its text', async () => {
    const page = await s.ff.browser.newPage();
    await page.goto(`http://${s.site}/hostile.html`);
    await page.$eval('#plain', (el) => ((el as HTMLTextAreaElement).value = ''));
    await page.type('#plain', INSTRUCTION);
    const panel = await openPanel(page, '#plain', s.options);
    await panel.waitForSelector(tid('guard-ok'), { timeout: 30_000 });
    // Text only the panel has: its redacted outbound text and its own labels.
    const outbound = await panel.$eval(tid('outbound'), (el) => (el as HTMLTextAreaElement).value);
    expect(outbound).toMatch(/\[PERSON_1\]/);
    const panelOnly = ['[PERSON_1]', await textOf(panel, tid('mode')), await textOf(panel, tid('guard-ok'))];
    const probe = await page.evaluate(() =>
      (window as unknown as { __hostile: { probe(): unknown } }).__hostile.probe(),
    );
    expect(probe).toEqual(NOTHING_REACHED);
    const seen = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
    }));
    expect(seen.html).not.toContain('moz-extension:');
    for (const text of panelOnly) {
      expect(text.length).toBeGreaterThan(5);
      expect(seen.html).not.toContain(text);
      expect(seen.text).not.toContain(text);
    }
    expect(await page.$$(PANEL_SELECTOR)).toHaveLength(1);
    await page.close();
  });
});
