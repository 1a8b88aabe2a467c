import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPanel, panelFrame } from './harness/extension-pages';
import { useSuite } from './harness/suite';

/**
 * First run as a new user meets it: the Setup steps with their ticks, skipping and coming back, the
 * try page where the real ✦ button and panel work (and Activity showing its request live), and
 * "Remember this privately".
 */
const s = useSuite();
const ext = (path: string) => `chrome-extension://${s.browser.extensionId}/${path}`;
const BUTTON = 'div[data-cogenesis="field-button"]';
const INSTRUCTION = 'Write a thank-you note to Dr. Patel for the knee surgery';

async function open(path: string, ready: string, width = 1280): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(ext(path));
  await page.getByTestId(ready).waitFor();
  return page;
}

const stepState = (page: Page, id: string) =>
  page.locator(`[data-testid="setup-steps"] > li[data-step="${id}"]`).getAttribute('data-state');

describe('first run', () => {
  it('shows the steps in order with ticks; a step skipped is listed in the popup and can be done later', async () => {
    const options = await open('options.html#setup', 'setup-steps');
    await expect
      .poll(() =>
        options
          .locator('[data-testid="setup-steps"] > li')
          .evaluateAll((l) => l.map((e) => e.getAttribute('data-step'))),
      )
      .toEqual(['local', 'cloud', 'context', 'try']);
    // The suite set a local server, a cloud endpoint and a context, as a user would.
    for (const id of ['local', 'cloud', 'context'])
      await expect.poll(() => stepState(options, id)).toBe('done');
    expect(await stepState(options, 'try')).toBe('todo');
    expect(await options.getByTestId('setup-progress').innerText()).toMatch(/^3 of 4 steps done/);

    const tryStep = options.locator('li[data-step="try"]');
    await tryStep.getByRole('button', { name: 'Skip for now' }).click();
    await expect.poll(() => stepState(options, 'try')).toBe('skipped');
    const popup = await open(`popup.html?site=${encodeURIComponent(s.site)}`, 'readiness', 400);
    await expect
      .poll(() => popup.getByTestId('setup-left').innerText())
      .toMatch(/3 of 4 steps done.*Try it \(skipped\)/s);
    expect(await popup.getByRole('link', { name: 'Try it' }).getAttribute('href')).toBe(ext('try.html'));
    await popup.close();
    await tryStep.getByRole('button', { name: 'Do it now' }).click();
    await expect.poll(() => stepState(options, 'try')).toBe('todo');
    expect(await tryStep.getByTestId('step-go-try').getAttribute('href')).toBe('/try.html');
    await options.close();
  });
});

describe('the try page', () => {
  it('has the real field button and panel; Activity shows the request as it leaves, and the step is ticked', async () => {
    const activity = await open('options.html#activity', 'save-endpoints');
    await activity.locator('[data-testid="audit"][data-total]').waitFor({ state: 'attached' });
    const before = await activity.locator('[data-testid="audit"] > li').count();

    const page = await s.browser.context.newPage();
    await page.goto(ext('try.html'));
    await page.bringToFront();
    const box = page.getByTestId('try-text');
    await box.fill(INSTRUCTION);
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
    const insert = panel.getByTestId('insert');
    await insert.waitFor({ timeout: 30_000 });
    await mkdir('.output/screenshots', { recursive: true });
    await page.screenshot({ path: '.output/screenshots/try-panel-1280.png' });
    await insert.click();
    await expect.poll(() => box.inputValue()).not.toBe(INSTRUCTION);

    // No reload: the open Activity list took the new request in by itself.
    const entries = activity.locator('[data-testid="audit"] > li');
    await expect.poll(() => entries.count()).toBe(before + 1);
    const newest = entries.first();
    await expect.poll(() => newest.getAttribute('data-status')).toBe('sent');
    expect(await newest.innerText()).toMatch(
      /Today[\s\S]*#\d+[\s\S]*Sketch outline[\s\S]*CoGenesis try page/i,
    );
    expect(await newest.locator('.audit-withheld').innerText()).toMatch(/^\d+ withheld: \d+ [a-z]/);
    await newest.getByText('Exact request').click();
    expect(await newest.locator('mark.placeholder').count()).toBeGreaterThan(0);
    expect(await newest.locator('.parameters').innerText()).toMatch(/max_tokens/);
    expect(await newest.innerText()).not.toContain('Patel');

    // Filtered by status: a status no request has shows none, and says so.
    await activity.getByTestId('audit-status').selectOption('interrupted');
    await expect.poll(() => entries.count()).toBe(0);
    await activity.getByTestId('audit-status').selectOption('');
    await activity.getByTestId('audit-site').selectOption('CoGenesis try page');
    await expect.poll(() => entries.count()).toBe(1);
    await activity.close();

    const options = await open('options.html#setup', 'setup-steps');
    await expect.poll(() => stepState(options, 'try')).toBe('done');
    await options.close();
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

describe('Remember this privately', () => {
  // Headless Chromium shows no context menu: the test fires the menu's own handler (e2e build only)
  // with what the browser would hand it, the selection text and the tab.
  it('adds the selection as a fact, confirms on the toolbar badge, and the fact is editable in Your context', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`http://${s.site}/form.html`);
    await page.bringToFront();
    const result = await s.browser.worker.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id?: number }[]> };
          action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
        };
        cogenesisTestRemember(info: object, tab: object): Promise<unknown>;
      };
      const [tab] = await g.chrome.tabs.query({ active: true, currentWindow: true });
      const outcome = await g.cogenesisTestRemember(
        { menuItemId: 'cogenesis-remember', selectionText: ' Allergic to penicillin since 2019 ' },
        { id: tab?.id },
      );
      return {
        outcome,
        badge: await g.chrome.action.getBadgeText({ tabId: tab?.id }),
        title: await g.chrome.action.getTitle({ tabId: tab?.id }),
      };
    });
    expect(result.outcome).toEqual({ ok: true, anchor: 'fact-3', facts: 3 });
    expect(result.badge).toBe('✓');
    expect(result.title).toMatch(/remembered privately as fact 3/);
    expect(result.title).not.toContain('penicillin');

    const options = await open('options.html#context/fact-3', 'fact-list');
    const fact = options.getByLabel('Fact 3', { exact: true });
    expect(await fact.inputValue()).toBe('Allergic to penicillin since 2019');
    await fact.fill('Allergic to penicillin');
    await fact.press('Tab');
    await options.getByTestId('context-saved').waitFor();
    await options.getByTestId('fact-3').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => options.getByTestId('fact-3').count()).toBe(0);
    await options.close();
    await page.close();
  });
});
