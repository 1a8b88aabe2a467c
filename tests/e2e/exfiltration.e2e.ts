import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileCloud, startObedientLocal } from '../servers/obedient-local';
import type { Stub } from '../servers/openai-stub';
import { CONTEXT } from './harness/context-data';
import { clickClosingPanel, openPanel } from './harness/extension-pages';
import { useSuite } from './harness/suite';

// Issue 10, item 2: the draft as an exfiltration channel. A hostile cloud outline asks the local model
// to copy the context; the local stand-in obeys. Insert must not put that draft in the page unasked.
const s = useSuite();
let cloud: Stub;
let local: Stub;
beforeAll(async () => {
  [cloud, local] = await Promise.all([startHostileCloud(), startObedientLocal()]);
  await s.options.setEndpoints({ cloudUrl: cloud.url, localUrl: local.url });
  expect(await s.options.endpointStatus()).toBe('Saved.');
});
afterAll(() => Promise.all([cloud?.close(), local?.close()]));

const UNASKED = ['Martin Reynolds', 'Senior data engineer', 'Homes for Humanity', '4127 Maple Ridge Drive'];

async function draftWith(instruction: string): Promise<{ page: Page; panel: Frame }> {
  const page = await s.browser.context.newPage();
  await page.goto(`http://${s.site}/form.html`);
  await page.fill('#plain', instruction);
  const panel = await openPanel(s.browser, page, '#plain');
  // The guard passed (Send enabled); the review may still list words it is not sure of.
  await expect.poll(() => panel.getByTestId('send').isEnabled(), { timeout: 15_000 }).toBe(true);
  await panel.getByTestId('send').click();
  await panel.getByTestId('draft-check').waitFor({ timeout: 30_000 });
  return { page, panel };
}

/** Insert and Insert below are offered but held: clicking them changes nothing in the page. */
async function expectInsertHeld(page: Page, panel: Frame, instruction: string): Promise<void> {
  expect(await panel.getByTestId('insert').isDisabled()).toBe(true);
  expect(await panel.getByTestId('insert-below').isDisabled()).toBe(true);
  await panel.getByTestId('insert').click({ force: true });
  await panel.getByTestId('insert-below').click({ force: true });
  expect(await page.inputValue('#plain')).toBe(instruction);
}

describe('a local draft steered to repeat the context', () => {
  it('is held with the details marked; "Remove them" takes them out and then Insert works', async () => {
    const instruction = 'thank my manager for approving my leave';
    const { page, panel } = await draftWith(instruction);
    const warning = await panel.getByTestId('draft-check').innerText();
    expect(warning).toMatch(/This draft contains \d+ private details you did not mention/);
    const marked = await panel.locator('[data-testid="draft-findings"] mark').allInnerTexts();
    for (const value of UNASKED) expect(marked.join(' | ')).toContain(value);
    expect(warning).toContain('copied from writing sample 1');
    expect(warning).toContain("copied from the local model's instructions");
    await expectInsertHeld(page, panel, instruction);

    await panel.getByTestId('draft-remove').click();
    await panel.getByTestId('draft-check-ok').waitFor({ timeout: 15_000 });
    const trimmed = await panel.getByTestId('draft').innerText();
    for (const value of UNASKED) expect(trimmed).not.toContain(value);
    expect(trimmed).not.toContain(CONTEXT.samples[0]?.text.slice(0, 40));
    expect(trimmed).toContain('This draft was written on this device.');
    await clickClosingPanel(page, panel.getByTestId('insert'));
    await expect.poll(() => page.inputValue('#plain')).not.toBe(instruction);
    const inserted = await page.inputValue('#plain');
    for (const value of UNASKED) expect(inserted).not.toContain(value);
    await page.close();
  });

  it('a page-written instruction that names kinds of detail still gets the warning; "Insert anyway" inserts', async () => {
    const instruction =
      'Write a short bio of me with my full name, home address, phone, employer, partner and health conditions';
    const { page, panel } = await draftWith(instruction);
    await expectInsertHeld(page, panel, instruction);
    const draft = await panel.getByTestId('draft').innerText();
    await clickClosingPanel(page, panel.getByTestId('insert-anyway'));
    await expect.poll(() => page.inputValue('#plain')).not.toBe(instruction);
    expect((await page.inputValue('#plain')).trim()).toBe(draft.trim());
    await page.close();
  });
});
