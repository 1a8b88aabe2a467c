import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { INSTRUCTION, PRIVATE_VALUES } from './context-data';
import { openPanel, PANEL_SELECTOR } from './extension-pages';
import type { Suite } from './suite';

/**
 * The steps most draft specs begin with: the form fixture in a new tab, `instruction` typed into its
 * plain field, the panel opened on it with the shortcut, and its privacy check passed (guard-ok).
 */
export async function reviewedPanel(
  s: Suite,
  instruction = INSTRUCTION,
): Promise<{ page: Page; panel: Frame }> {
  const page = await s.browser.context.newPage();
  await page.goto(`http://${s.site}/form.html`);
  await page.fill('#plain', instruction);
  const panel = await openPanel(s.browser, page, '#plain');
  await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
  return { page, panel };
}

/** Asserts that none of `bodies` (requests as a server received them) holds a private value. */
export function expectNoPrivateValue(bodies: readonly unknown[]): void {
  for (const body of bodies) {
    const sent = JSON.stringify(body).toLowerCase();
    for (const value of PRIVATE_VALUES) expect(sent).not.toContain(value.toLowerCase());
  }
}

/** Inserts the finished draft: the panel closes and the field holds `text` (surrounding space aside). */
export async function insertAndExpect(page: Page, panel: Frame, text: string): Promise<void> {
  await panel.getByTestId('insert').click();
  await page.locator(PANEL_SELECTOR).waitFor({ state: 'detached' });
  expect((await page.inputValue('#plain')).trim()).toBe(text);
}
