/**
 * Guard mode in Firefox ESR on the AI chat fixtures (tests/fixtures/ai-chat): the content script's capture
 * listeners, the check in the background page (Firefox's engine host) and the held panel. Firefox cannot
 * verify that a page shows the panel as it is, so "Send redacted" is confirmed in the extension's own
 * window, which shows the exact text that will be sent.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAiChatFixtures } from '../fixtures/ai-chat/build';
import { INSTRUCTION, PRIVATE_VALUES } from '../e2e/harness/context-data';
import {
  answerConfirm,
  clickInPanel,
  confirmWindowAfter,
  panelFrame,
  setSiteMode,
  tid,
} from './harness/pages';
import { panelsShown, watchPanels } from '../e2e/harness/panel-watch';
import { useFirefoxSuite } from './harness/suite';

const s = useFirefoxSuite();
const CLEAN = 'Explain how a binary search works, with a short example in Python.';

beforeAll(async () => {
  await buildAiChatFixtures();
  await setSiteMode(s.ff, s.site, 'guard');
});

/** A chat fixture, with a count of every panel the page ever shows ("no hold" means never held). */
async function chat(name: string): Promise<Page> {
  const page = await s.ff.browser.newPage();
  await page.goto(`http://${s.site}/ai-chat/${name}.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.evaluate(watchPanels);
  return page;
}

const sent = (page: Page) => page.evaluate(() => window.chat?.sent ?? []);
const panelsSeen = (page: Page) => page.evaluate(panelsShown);

describe('Guard in Firefox', () => {
  it('a clean prompt sent with Enter goes through unchanged and is never held', async () => {
    const page = await chat('rich-textarea');
    await page.bringToFront();
    await page.type('#prompt-textarea', CLEAN);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([CLEAN]);
    expect(await panelsSeen(page)).toBe(0);
    await page.close();
  });

  it('holds private values sent with an unnamed icon; Send redacted, confirmed, sends only the redacted text', async () => {
    const page = await chat('icon-send');
    await page.bringToFront();
    await page.type('#prompt', INSTRUCTION);
    await page.click('#send');
    const panel = await panelFrame(page);
    await panel.waitForSelector(tid('guard-held'), { timeout: 30_000 });
    expect(await sent(page)).toEqual([]);
    await panel.waitForSelector(`${tid('guard-send-redacted')}:not([disabled])`, { timeout: 30_000 });
    const outbound = await panel.$eval(tid('outbound'), (el) => (el as HTMLTextAreaElement).value);
    expect(outbound).toMatch(/\[PERSON_1\]/);
    const confirm = await confirmWindowAfter(s.ff, () =>
      clickInPanel(page, panel, tid('guard-send-redacted')),
    );
    expect(confirm.text).toBe(outbound);
    await answerConfirm(s.ff, confirm.page, true);
    await expect.poll(() => sent(page)).toEqual([outbound]);
    const [message = ''] = await sent(page);
    for (const value of PRIVATE_VALUES) expect(message.toLowerCase()).not.toContain(value.toLowerCase());
    await page.close();
  });
});
