import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSuite } from './harness/suite';

/**
 * Options and popup through the UI, as a user: the context editor (edit, delete, survive a reload,
 * merge an import), the Sites section agreeing with the popup, and screenshots of every section.
 */
const s = useSuite();
const SHOTS = '.output/screenshots';

function optionsUrl(hash = ''): string {
  return `chrome-extension://${s.browser.extensionId}/options.html${hash}`;
}

async function openOptions(hash: string, width = 1280): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(optionsUrl(hash));
  await page.getByTestId('fact-list').waitFor();
  return page;
}

async function openPopup(site: string, width = 400): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.goto(`chrome-extension://${s.browser.extensionId}/popup.html?site=${encodeURIComponent(site)}`);
  await page.getByTestId('readiness').waitFor();
  return page;
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.getByTestId('fact-list').waitFor();
}

const fact = (page: Page, n: number) => page.getByLabel(`Fact ${n}`, { exact: true });
const summary = (page: Page) => page.getByTestId('context-summary').innerText();

describe('the context editor', () => {
  it('adds, edits and deletes a fact, and each change survives a reload', async () => {
    const page = await openOptions('#context');
    await expect.poll(() => summary(page)).toBe('5 profile fields, 2 facts, 1 writing sample');

    await page.getByTestId('fact-new-text').fill('Adopting a rescue greyhound in June');
    await page.getByTestId('fact-new-tags').fill('pets, family');
    await page.getByTestId('fact-add').click();
    await expect.poll(() => summary(page)).toBe('5 profile fields, 3 facts, 1 writing sample');
    await reload(page);
    expect(await fact(page, 3).inputValue()).toBe('Adopting a rescue greyhound in June');
    expect(await page.getByLabel('Tags of fact 3').inputValue()).toBe('pets, family');

    await fact(page, 3).fill('Adopting a rescue greyhound in July');
    await fact(page, 3).press('Tab');
    await page.getByTestId('context-saved').waitFor();
    // Saving keeps the row, so Tab's focus stays in the next box instead of falling to the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Tags of fact 3');
    await reload(page);
    expect(await fact(page, 3).inputValue()).toBe('Adopting a rescue greyhound in July');

    await page.getByTestId('fact-3').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => summary(page)).toBe('5 profile fields, 2 facts, 1 writing sample');
    await reload(page);
    expect(await page.getByTestId('fact-3').count()).toBe(0);
    await page.close();
  });

  it('an invalid value says why, keeps the typed text and saves nothing', async () => {
    const page = await openOptions('#context');
    await page.getByTestId('profile-new-key').fill('name');
    await page.getByTestId('profile-new-value').fill('Someone Else');
    await page.getByRole('button', { name: 'Add field' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toMatch(/already a field called "name"/);
    expect(await page.getByTestId('profile-new-value').inputValue()).toBe('Someone Else');

    await fact(page, 1).fill('   ');
    await fact(page, 1).press('Tab');
    await page.getByTestId('fact-1').getByRole('alert').waitFor();
    expect(await fact(page, 1).inputValue()).toBe('   ');
    await reload(page);
    expect(await fact(page, 1).inputValue()).toMatch(/knee surgery/);
    expect(await page.getByLabel('Value of name').inputValue()).toBe('Martin Reynolds');
    await page.close();
  });

  it('a link to an entry (the way the panel cites it) scrolls to it and marks it', async () => {
    const page = await openOptions('#context/fact-2');
    const target = page.locator('[id="context/fact-2"]');
    await expect.poll(() => target.evaluate((el) => el.hasAttribute('data-targeted'))).toBe(true);
    await expect
      .poll(() =>
        target.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    // Scrolling by hand moves the menu's mark to the section in view.
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, -100_000);
    await expect.poll(() => page.locator('nav a[aria-current]').getAttribute('href')).toBe('#setup');
    await page.close();
  });

  it('an import into a non-empty context shows what changes and merges on request', async () => {
    const page = await openOptions('#context');
    const file = {
      version: 1,
      profile: { employer: 'Lakeside Robotics', city: 'Charlotte' },
      facts: [
        { text: 'Volunteers bi-monthly at the local Homes for Humanity charity', tags: ['weekends'] },
        { text: 'Training for a half marathon' },
      ],
    };
    await page.getByTestId('context-file').setInputFiles({
      name: 'more.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const diff = await page.getByTestId('import-diff').innerText();
    expect(diff).toMatch(/adds profile fields: city/);
    expect(diff).toMatch(/changes profile fields: employer/);
    expect(diff).toMatch(/adds 1 new fact/);
    expect(diff).toMatch(
      /Replace.*removing profile fields: name, address, phone, occupation, 1 fact, 1 writing sample/s,
    );
    await page.getByTestId('import-merge').click();
    await expect
      .poll(() => page.getByTestId('context-status').innerText())
      .toBe('Merged: now 6 profile fields, 3 facts, 1 writing sample.');
    await reload(page);
    expect(await summary(page)).toBe('6 profile fields, 3 facts, 1 writing sample');
    expect(await fact(page, 1).inputValue()).toMatch(/knee surgery/);
    expect(await page.getByLabel('Tags of fact 2').inputValue()).toBe('volunteering, weekends');
    expect(await fact(page, 3).inputValue()).toBe('Training for a half marathon');
    expect(await page.getByLabel('Value of employer').inputValue()).toBe('Lakeside Robotics');
    await page.close();
  });
});

describe('sites', () => {
  it("a site's mode changed in Sites is the popup's, and a removed site follows the mode for new sites", async () => {
    const popup = await openPopup(s.site);
    await popup.getByTestId('mode-logit').check();
    await popup.close();

    const page = await openOptions('#sites');
    const select = page.getByTestId(`site-mode-${s.site}`);
    await expect.poll(() => select.inputValue()).toBe('logit');
    await select.selectOption('local-only');
    const agrees = await openPopup(s.site);
    expect(await agrees.getByTestId('mode-local-only').isChecked()).toBe(true);
    await agrees.close();

    await page.getByTestId('new-site-mode').selectOption('redacted-cloud');
    await page.getByRole('button', { name: `Forget the settings of ${s.site}` }).click();
    await page.getByTestId('no-sites').waitFor();
    const after = await openPopup(s.site);
    expect(await after.getByTestId('mode-redacted-cloud').isChecked()).toBe(true);
    await after.close();
    await page.getByTestId('new-site-mode').selectOption('sketch');
    await page.close();
  });
});

describe('screenshots', () => {
  it('saves each options section and the popup at 1280 and 400 px, light and dark', async () => {
    await mkdir(SHOTS, { recursive: true });
    const popupSetup = await openPopup(s.site);
    await popupSetup.getByTestId('mode-logit').check();
    await popupSetup.close();
    // Test connection through the UI, so Activity has requests to show (with every parameter sent).
    const tested = await openOptions('#setup');
    await tested.getByTestId('test-connection').click();
    await expect.poll(() => tested.getByTestId('probe').innerText()).toMatch(/Logit mode/);
    // The local model server, when it is the one that writes, is tested too: it answered a chat.
    await expect.poll(() => tested.getByTestId('probe').innerText()).toMatch(/Local model server .*: writes/);
    await tested.close();
    for (const width of [1280, 400]) {
      for (const section of ['setup', 'context', 'sites', 'models', 'activity', 'advanced']) {
        const page = await openOptions(`#${section}`, width);
        await page.getByTestId('save-endpoints').waitFor();
        // The section is at the top (or the page is scrolled to its end), kept there while the ones
        // above load, and the menu marks it.
        await expect
          .poll(() =>
            page.locator(`#${section}`).evaluate((el) => {
              const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
              return Math.abs(el.getBoundingClientRect().top) < 80 || atEnd;
            }),
          )
          .toBe(true);
        await expect.poll(() => page.locator('nav a[aria-current]').getAttribute('href')).toBe(`#${section}`);
        await page.screenshot({ path: `${SHOTS}/options-${section}-${width}.png` });
        // The GPU model cards sit below the first screen of Models: the whole section too.
        if (section === 'models')
          await page.locator('#models').screenshot({ path: `${SHOTS}/options-models-all-${width}.png` });
        await page.close();
      }
      const popup = await openPopup(s.site, width);
      await popup.screenshot({ path: `${SHOTS}/popup-${width}.png`, fullPage: true });
      await popup.close();
      const tryPage = await s.browser.context.newPage();
      await tryPage.setViewportSize({ width, height: 900 });
      await tryPage.goto(`chrome-extension://${s.browser.extensionId}/try.html`);
      await tryPage.getByTestId('try-text').focus();
      await tryPage.locator('div[data-cogenesis="field-button"]').waitFor({ state: 'visible' });
      await tryPage.screenshot({ path: `${SHOTS}/try-${width}.png` });
      await tryPage.close();
    }
    // The activity list with one request opened, at both widths.
    for (const width of [1280, 400]) {
      const page = await openOptions('#activity', width);
      const newest = page.locator('[data-testid="audit"] > li').first();
      await newest.getByText('Exact request').click();
      await newest.locator('.parameters').waitFor();
      await newest.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/options-activity-open-${width}.png` });
      await page.close();
    }
    const dark = await s.browser.context.newPage();
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.setViewportSize({ width: 400, height: 900 });
    await dark.goto(optionsUrl('#context'));
    await dark.getByTestId('fact-list').waitFor();
    await dark.screenshot({ path: `${SHOTS}/options-context-400-dark.png` });
    await dark.goto(optionsUrl('#setup'));
    await dark.getByTestId('setup-steps').waitFor();
    await dark.screenshot({ path: `${SHOTS}/options-setup-400-dark.png` });
    await dark.setViewportSize({ width: 1280, height: 900 });
    await dark.goto(optionsUrl('#activity'));
    await dark.locator('[data-testid="audit"] > li').first().getByText('Exact request').click();
    await dark.screenshot({ path: `${SHOTS}/options-activity-1280-dark.png` });
    await dark.goto(`chrome-extension://${s.browser.extensionId}/try.html`);
    await dark.getByTestId('try-text').waitFor();
    await dark.screenshot({ path: `${SHOTS}/try-1280-dark.png` });
    await dark.setViewportSize({ width: 400, height: 900 });
    await dark.goto(
      `chrome-extension://${s.browser.extensionId}/popup.html?site=${encodeURIComponent(s.site)}`,
    );
    await dark.getByTestId('readiness').waitFor();
    await dark.screenshot({ path: `${SHOTS}/popup-400-dark.png`, fullPage: true });
    await dark.close();
  }, 180_000);
});
