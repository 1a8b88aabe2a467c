import { mkdir } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAiChatFixtures } from '../fixtures/ai-chat/build';
import { INSTRUCTION, PRIVATE_VALUES } from './harness/context-data';
import { clickClosingPanel, PANEL_SELECTOR, panelFrame, pressShortcut } from './harness/extension-pages';
import { panelsShown, watchPanels } from './harness/panel-watch';
import { useSuite } from './harness/suite';

/**
 * Guard mode on fixture pages that reproduce AI chat composers (tests/fixtures/ai-chat): what the
 * "site" submitted is read from the page's own record of it (window.chat.sent).
 */
const s = useSuite({ mode: 'guard' });
const SHOTS = '.output/screenshots';
beforeAll(buildAiChatFixtures);

type Composer = 'rich-textarea' | 'tiptap' | 'icon-send';
const FIELD: Record<Composer, string> = {
  'rich-textarea': '#prompt-textarea',
  tiptap: '#composer .ProseMirror',
  'icon-send': '#prompt',
};
const CLEAN = 'Explain how a binary search works, with a short example in Python.';

async function chat(name: Composer, width = 1280): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`http://${s.site}/ai-chat/${name}.html`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.evaluate(watchPanels);
  return page;
}

async function type(page: Page, name: Composer, text: string): Promise<void> {
  await page.bringToFront();
  await page.click(FIELD[name]);
  if (name !== 'tiptap') await page.fill(FIELD[name], text);
  else await page.keyboard.insertText(text);
}

const sent = (page: Page) => page.evaluate(() => window.chat?.sent ?? []);
const panelsSeen = (page: Page) => page.evaluate(panelsShown);

async function heldPanel(page: Page): Promise<Frame> {
  const panel = await panelFrame(page);
  await panel.getByTestId('guard-held').waitFor({ timeout: 15_000 });
  return panel;
}

async function whenEnabled(panel: Frame, testId: string): Promise<void> {
  await expect.poll(() => panel.getByTestId(testId).isEnabled(), { timeout: 30_000 }).toBe(true);
}

describe('Guard on an AI chat composer', () => {
  it.each<[Composer, 'Enter' | 'button']>([
    ['rich-textarea', 'Enter'],
    ['rich-textarea', 'button'],
    ['tiptap', 'Enter'],
    ['tiptap', 'button'],
  ])('a clean prompt (%s, %s) is submitted unchanged and never held', async (name, how) => {
    const page = await chat(name);
    await type(page, name, CLEAN);
    if (how === 'Enter') await page.keyboard.press('Enter');
    else await page.click(name === 'tiptap' ? '#send' : '[data-testid="send-button"]');
    await expect.poll(() => sent(page)).toEqual([CLEAN]);
    expect(await panelsSeen(page)).toBe(0);
    await page.close();
  });

  it('holds a prompt with known values; Send redacted submits exactly the redacted text', async () => {
    const page = await chat('rich-textarea');
    await type(page, 'rich-textarea', INSTRUCTION);
    await page.keyboard.press('Enter');
    const panel = await heldPanel(page);
    expect(await panel.getByTestId('guard-held').getAttribute('data-reason')).toBe('found');
    expect(await sent(page)).toEqual([]);
    await whenEnabled(panel, 'guard-send-redacted');
    const outbound = await panel.getByTestId('outbound').inputValue();
    expect(outbound).toContain('[PERSON_1]');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/guard-held-1280.png` });
    await panel.getByTestId('guard-send-redacted').click();
    await expect.poll(() => sent(page)).toEqual([outbound]);
    const [message = ''] = await sent(page);
    for (const value of PRIVATE_VALUES) expect(message).not.toContain(value);
    await page.locator(PANEL_SELECTOR).waitFor({ state: 'detached' });
    await page.close();
  });

  it('an unnamed icon send button: a clean prompt goes through unchanged, never held', async () => {
    const page = await chat('icon-send');
    await type(page, 'icon-send', CLEAN);
    await page.click('#send');
    await expect.poll(() => sent(page)).toEqual([CLEAN]);
    expect(await panelsSeen(page)).toBe(0);
    await page.close();
  });

  it('holds private values sent with an unnamed icon button; the icons before it are left alone', async () => {
    const page = await chat('icon-send');
    await type(page, 'icon-send', INSTRUCTION);
    // Not the last button beside the composer: an attach or microphone icon is not a send.
    await page.click('#attach');
    await page.click('#mic');
    expect(await page.evaluate(() => (window as unknown as { iconClicks: string[] }).iconClicks)).toEqual([
      'attach',
      'mic',
    ]);
    expect(await panelsSeen(page)).toBe(0);
    await page.click('#send');
    const panel = await heldPanel(page);
    expect(await sent(page)).toEqual([]);
    await whenEnabled(panel, 'guard-send-redacted');
    const outbound = await panel.getByTestId('outbound').inputValue();
    await panel.getByTestId('guard-send-redacted').click();
    await expect.poll(() => sent(page)).toEqual([outbound]);
    const [message = ''] = await sent(page);
    for (const value of PRIVATE_VALUES) expect(message).not.toContain(value);
    await page.close();
  });

  it('holds a pattern (e-mail) sent with the button; Send as typed submits the original', async () => {
    const page = await chat('rich-textarea');
    const prompt = 'Draft a polite reply and cc jane.doe@example.org on it';
    await type(page, 'rich-textarea', prompt);
    await page.click('[data-testid="send-button"]');
    const panel = await heldPanel(page);
    expect(await sent(page)).toEqual([]);
    await whenEnabled(panel, 'guard-send-typed');
    await panel.getByTestId('guard-send-typed').click();
    await expect.poll(() => sent(page)).toEqual([prompt]);
    await page.close();
  });

  it('holds a form submit with a name; Edit sends nothing and keeps the text', async () => {
    const page = await chat('rich-textarea');
    const prompt = 'Write a birthday message for Aisha Okonkwo from the whole team';
    await type(page, 'rich-textarea', prompt);
    await page.evaluate(() => document.querySelector<HTMLFormElement>('#composer')?.requestSubmit());
    const panel = await heldPanel(page);
    await clickClosingPanel(page, panel.getByTestId('guard-edit'));
    expect(await sent(page)).toEqual([]);
    expect(await page.inputValue('#prompt-textarea')).toBe(prompt);
    await page.close();
  });

  it('fails safe: a message longer than the check takes is held with a sentence and Send anyway', async () => {
    const page = await chat('rich-textarea');
    const prompt = 'lorem ipsum '.repeat(5_000);
    await type(page, 'rich-textarea', prompt);
    await page.keyboard.press('Enter');
    const panel = await heldPanel(page);
    expect(await panel.getByTestId('guard-held').getAttribute('data-reason')).toBe('too-long');
    expect(await panel.getByTestId('guard-held').innerText()).toMatch(/longer than CoGenesis checks/);
    expect(await panel.getByTestId('guard-send-redacted').count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    await whenEnabled(panel, 'guard-send-typed');
    expect(await panel.getByTestId('guard-send-typed').innerText()).toBe('Send anyway');
    await panel.getByTestId('guard-send-typed').click();
    await expect.poll(() => sent(page)).toEqual([prompt]);
    await page.close();
  });

  it('flags a paste with private values at once, before any submission', async () => {
    const page = await chat('rich-textarea');
    await page.click('#prompt-textarea');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Call Martin Reynolds on +1 704-555-0142');
      const box = document.querySelector('#prompt-textarea');
      box?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await page.locator('div[data-cogenesis="guard-notice"]').waitFor({ timeout: 15_000 });
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('on TipTap: holds names, sends them redacted, numbered across messages; the answer is restored only in the panel', async () => {
    const page = await chat('tiptap');
    await type(
      page,
      'tiptap',
      'Write a thank-you note from Martin Reynolds to my team at Brightwater Analytics',
    );
    await page.keyboard.press('Enter');
    const panel = await heldPanel(page);
    await whenEnabled(panel, 'guard-send-redacted');
    const outbound = await panel.getByTestId('outbound').inputValue();
    await panel.getByTestId('guard-send-redacted').click();
    await expect.poll(() => sent(page)).toEqual([outbound]);
    expect(outbound).toMatch(/\[PERSON_1\]/);

    // A second message numbers on: another person is [PERSON_2], never a second [PERSON_1].
    await type(page, 'tiptap', 'Now ask Aisha Okonkwo to review the note before Friday');
    await page.keyboard.press('Enter');
    const second = await heldPanel(page);
    await whenEnabled(second, 'guard-send-redacted');
    const outbound2 = await second.getByTestId('outbound').inputValue();
    expect(outbound2).toContain('[PERSON_2]');
    await second.getByTestId('guard-send-redacted').click();
    await expect.poll(() => sent(page)).toEqual([outbound, outbound2]);

    // The AI's answer names [PERSON_2]: select it and open it in the panel.
    const answer = page.getByTestId('answer').last();
    expect(await answer.innerText()).toContain('[PERSON_2]');
    await page.evaluate(() => {
      const all = document.querySelectorAll('[data-testid="answer"]');
      const range = document.createRange();
      range.selectNodeContents(all[all.length - 1] as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await pressShortcut(s.browser);
    const reading = await panelFrame(page);
    const restored = reading.getByTestId('guard-answer');
    await restored.waitFor({ timeout: 15_000 });
    expect(await restored.innerText()).toContain('Aisha Okonkwo');
    // The page (the cloud provider) never holds a restored value.
    const html = await page.content();
    const text = await page.evaluate(() => document.documentElement.innerText);
    for (const value of ['Martin Reynolds', 'Brightwater Analytics', 'Aisha Okonkwo']) {
      expect(html).not.toContain(value);
      expect(text).not.toContain(value);
    }
    await page.screenshot({ path: `${SHOTS}/guard-answer-1280.png` });
    await page.close();
  });

  it('logs every held message by kind and decision, never the values', async () => {
    const entries = (await s.options.auditEntries()).filter((e) => e.text.includes('guard'));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.some((e) => e.status === 'kept')).toBe(true);
    for (const entry of entries) for (const value of PRIVATE_VALUES) expect(entry.text).not.toContain(value);
    expect(entries.some((e) => /"PERSON": 1/.test(e.text))).toBe(true);
  });

  it('the popup says whether Guard is checking the page or found no message box it can read', async () => {
    const cases = [
      ['rich-textarea.html', /Guard is checking what you send/],
      ['no-composer.html', /Guard is not active on this page/],
    ] as const;
    for (const [file, expected] of cases) {
      const url = `http://${s.site}/ai-chat/${file}`;
      const page = await s.browser.context.newPage();
      await page.goto(url);
      await page.locator('body[data-ready="true"]').waitFor();
      if (file === 'rich-textarea.html') {
        // A clean message sent through Guard: its module is loaded and listening.
        await type(page, 'rich-textarea', CLEAN);
        await page.keyboard.press('Enter');
        await expect.poll(() => sent(page)).toEqual([CLEAN]);
      }
      type Tabs = { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
      const tabId = await s.browser.worker.evaluate(
        async (u) => (await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ url: u }))[0]?.id,
        url,
      );
      const popup = await s.browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 800 });
      await popup.goto(
        `chrome-extension://${s.browser.extensionId}/popup.html?site=${encodeURIComponent(s.site)}&tab=${tabId}`,
      );
      const status = popup.getByTestId('guard-status');
      await status.waitFor({ timeout: 15_000 });
      expect(await status.innerText()).toMatch(expected);
      if (file === 'no-composer.html')
        await popup.screenshot({ path: `${SHOTS}/guard-popup-inactive-400.png` });
      await popup.close();
      await page.close();
    }
  });

  it('saves the held panel at 400 px', async () => {
    const page = await chat('rich-textarea', 400);
    await type(page, 'rich-textarea', INSTRUCTION);
    await page.keyboard.press('Enter');
    const panel = await heldPanel(page);
    await whenEnabled(panel, 'guard-send-redacted');
    await page.screenshot({ path: `${SHOTS}/guard-held-400.png` });
    await page.close();
  });
});
