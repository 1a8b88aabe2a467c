import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDraft, type ChatBody } from '../servers/openai-stub';
import type { FixtureApi } from '../fixtures/editors/fixture-api';
import {
  activeTab,
  clickClosingPanel,
  PANEL_SELECTOR,
  panelFrame,
  pressShortcut,
} from './harness/extension-pages';
import { EDITOR_FIXTURES } from './harness/fixtures';
import { useSuite } from './harness/suite';

/** Every editor fixture, and whether the editor has an undo history the spec can ask for. */
const EDITORS: { name: keyof typeof EDITOR_FIXTURES; undo: boolean }[] = [
  { name: 'contenteditable', undo: true }, // the browser's own undo stack
  { name: 'tiptap', undo: true },
  { name: 'lexical', undo: true },
  { name: 'quill', undo: true },
  { name: 'draft-js', undo: true },
  { name: 'slate', undo: true },
  { name: 'ckeditor', undo: true },
  { name: 'tinymce', undo: true },
];

const INSTRUCTION = 'thank my manager for approving my leave next week';

// Local only: no cloud round trip, so each editor costs one local generation. With the context the
// local stand-in's draft has a paragraph of several lines (line breaks inside).
const s = useSuite({ timeoutSeconds: 5, mode: 'local-only' });

/** Calls the page-world fixture API (the editor's own model). */
function model<K extends keyof FixtureApi>(page: Page, method: K, arg?: string): Promise<unknown> {
  return page.evaluate(([m, a]) => (window.fixture?.[m] as ((value?: string) => unknown) | undefined)?.(a), [
    method,
    arg,
  ] as const);
}

async function editorPage(name: string, text: string): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.goto(`http://${s.site}/${name}.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 15_000 });
  await model(page, 'setText', text);
  return page;
}

/** Focuses the editor the way its own API does, fires the shortcut, and returns the panel. */
async function openPanel(page: Page): Promise<Frame> {
  await page.bringToFront();
  await model(page, 'focus');
  await editorFocused(page);
  await activeTab(s.browser, page.url());
  await pressShortcut(s.browser);
  await page.locator(PANEL_SELECTOR).waitFor({ timeout: 10_000 });
  const panel = await panelFrame(page);
  await panel.getByTestId('instruction').waitFor({ timeout: 10_000 });
  return panel;
}

/** Writes the draft and returns it exactly as the local stand-in sent it. */
async function generate(panel: Frame): Promise<string> {
  const before = s.local.requests.length;
  await panel.getByTestId('send').click();
  await panel
    .getByTestId('insert')
    .waitFor({ timeout: 20_000 })
    .catch(async (error: unknown) => {
      // The panel's own words say why (engine, endpoint), which a bare timeout would not.
      throw new Error(`${String(error)}\nPanel: ${await panel.locator('body').innerText()}`);
    });
  const body = s.local.requests.slice(before).findLast((r) => r.method === 'POST')?.body as ChatBody;
  return localDraft(body);
}

/** Non-empty paragraphs, whitespace collapsed. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '');
}

async function text(page: Page): Promise<string> {
  return String(await model(page, 'getText'));
}

describe.each(EDITORS)('$name', ({ name, undo }) => {
  it('reads the instruction, Insert puts the draft in the model with its paragraphs, undo restores', async () => {
    const page = await editorPage(name, INSTRUCTION);
    const panel = await openPanel(page);
    expect((await panel.getByTestId('instruction').innerText()).trim()).toBe(INSTRUCTION);
    const draft = await generate(panel);
    expect(paragraphs(draft).length).toBeGreaterThanOrEqual(3);
    expect(await text(page)).toBe(INSTRUCTION); // nothing written before Insert
    await clickClosingPanel(page, panel.getByTestId('insert'));
    expect(await text(page)).toBe(draft);
    expect(paragraphs(await text(page))).toHaveLength(paragraphs(draft).length);
    if (undo) {
      await model(page, 'undo');
      await expect.poll(() => text(page)).toBe(INSTRUCTION);
    }
    await page.close();
  });

  it('Insert below keeps the instruction above the draft', async () => {
    const page = await editorPage(name, INSTRUCTION);
    const panel = await openPanel(page);
    const draft = await generate(panel);
    await clickClosingPanel(page, panel.getByTestId('insert-below'));
    // Lexical keeps one empty paragraph between them (see lib/textbox/lexical.ts): compare paragraphs.
    expect(paragraphs(await text(page))).toEqual([INSTRUCTION, ...paragraphs(draft)]);
    if (name !== 'lexical') expect(await text(page)).toBe(`${INSTRUCTION}\n\n${draft}`);
    if (undo) {
      await model(page, 'undo');
      await expect.poll(() => text(page)).toBe(INSTRUCTION);
    }
    await page.close();
  });

  it('reads only the selection when there is one, and replaces only it', async () => {
    const page = await editorPage(name, `Notes first.\n\n${INSTRUCTION}`);
    await page.bringToFront();
    await model(page, 'focus');
    // TipTap focuses on the next frame, putting the caret at the end: select after that.
    await editorFocused(page);
    await selectText(page, INSTRUCTION);
    await activeTab(s.browser, page.url());
    await pressShortcut(s.browser);
    const panel = await panelFrame(page);
    await panel.getByTestId('instruction').waitFor({ timeout: 10_000 });
    expect((await panel.getByTestId('instruction').innerText()).trim()).toBe(INSTRUCTION);
    const draft = await generate(panel);
    await clickClosingPanel(page, panel.getByTestId('insert'));
    expect(paragraphs(await text(page))).toEqual(['Notes first.', ...paragraphs(draft)]);
    await page.close();
  });
});

describe('an editor that does not take the draft', () => {
  it('is left exactly as it was, and the panel offers Copy', async () => {
    const page = await editorPage('contenteditable', '');
    await page.locator('#unsupported').fill(INSTRUCTION);
    await page.bringToFront();
    await page.focus('#unsupported');
    await pressShortcut(s.browser);
    const panel = await panelFrame(page);
    await panel.getByTestId('instruction').waitFor({ timeout: 10_000 });
    await generate(panel);
    await panel.getByTestId('insert').click();
    await panel.getByTestId('notice').waitFor({ timeout: 10_000 });
    expect(await panel.getByTestId('notice').innerText()).toMatch(/Copy/i);
    expect(await page.locator('#unsupported').innerText()).toBe(INSTRUCTION);
    await page.close();
  });
});

/**
 * Waits until the editor holds focus (its own document's, the iframe's for TinyMCE) and two frames
 * have been drawn since: editors that focus or place the caret "on the next frame" have done so.
 */
async function editorFocused(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const frame = document.querySelector('iframe:not([src*="panel.html"])');
        const doc =
          frame instanceof HTMLIFrameElement && frame.contentDocument ? frame.contentDocument : document;
        const active = doc.activeElement;
        return active !== null && (active !== doc.body || doc.body.isContentEditable) && doc.hasFocus();
      }),
    )
    .toBe(true);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Selects `wanted` with the Selection API in the editor's document (the iframe's for TinyMCE), and
 * waits until the editor has seen it (its selectionchange) and it still holds a frame later.
 */
async function selectText(page: Page, wanted: string): Promise<void> {
  await page.evaluate(async (needle) => {
    const frame = document.querySelector('iframe:not([src*="panel.html"])');
    const doc =
      frame instanceof HTMLIFrameElement && frame.contentDocument ? frame.contentDocument : document;
    const seen = new Promise<void>((done) =>
      doc.addEventListener('selectionchange', () => done(), { once: true }),
    );
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(needle);
      if (at === -1) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      doc.getSelection()?.removeAllRanges();
      doc.getSelection()?.addRange(range);
      await seen;
      return;
    }
    throw new Error(`not found: ${needle}`);
  }, wanted);
  // Editors adopt the DOM selection on selectionchange and re-render: the selection must survive that.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const frame = document.querySelector('iframe:not([src*="panel.html"])');
        const doc =
          frame instanceof HTMLIFrameElement && frame.contentDocument ? frame.contentDocument : document;
        return new Promise<string>((done) =>
          requestAnimationFrame(() => done(doc.getSelection()?.toString() ?? '')),
        );
      }),
    )
    .toBe(wanted);
}
