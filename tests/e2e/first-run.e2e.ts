import { describe, expect, it } from 'vitest';
import { openPanel, panelFrame } from './harness/extension-pages';
import { useSuite } from './harness/suite';

/**
 * First run as a new user meets it: the Setup steps with their ticks, skipping and coming back, the
 * try page where the real ✦ button and panel work, and "Remember this privately".
 */
const s = useSuite();
const ext = (path: string) => `chrome-extension://${s.browser.extensionId}/${path}`;
const BUTTON = 'div[data-cogenesis="field-button"]';

describe('the try page', () => {
  it('has the real field button and panel: a draft is sent, reviewed and inserted', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(ext('try.html'));
    await page.bringToFront();
    const box = page.getByTestId('try-text');
    await box.fill('Write a thank-you note to Dr. Patel for the knee surgery');
    await box.focus();
    const host = page.locator(BUTTON);
    await host.waitFor({ state: 'visible' });
    const at = await host.boundingBox();
    await page.mouse.click((at?.x ?? 0) + 11, (at?.y ?? 0) + 11);
    const panel = await panelFrame(page);
    await panel.getByTestId('mode').waitFor({ timeout: 10_000 });
    const send = panel.getByTestId('send');
    await expect.poll(() => send.isEnabled(), { timeout: 20_000 }).toBe(true);
    await send.click();
    await panel.getByTestId('insert').click({ timeout: 30_000 });
    await expect
      .poll(() => box.inputValue())
      .not.toBe('Write a thank-you note to Dr. Patel for the knee surgery');
    await page.close();
  });

  it('the shortcut works there too', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(ext('try.html'));
    await page.getByTestId('try-line').fill('Subject for the note');
    const panel = await openPanel(s.browser, page, '[data-testid="try-line"]');
    expect(await panel.getByTestId('instruction').innerText()).toBe('Subject for the note');
    await page.close();
  });
});
