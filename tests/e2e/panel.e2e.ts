import { mkdir } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INSTRUCTION, PRIVATE_VALUES } from './harness/context-data';
import { clickClosingPanel, openPanel, PANEL_SELECTOR, setSiteMode } from './harness/extension-pages';
import { useSuite } from './harness/suite';

/**
 * The panel as a person uses it (issue 11): edit the draft, ask for changes, an empty field, setup
 * errors with their button, the local engine checked before the cloud, focus, a narrow window.
 */
const s = useSuite();
const SHOTS = '.output/screenshots';
const LOCAL_DRAFT = 'This draft was written on this device.';

async function formPage(width = 1280): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`http://${s.site}/form.html`);
  return page;
}

async function reviewed(page: Page, instruction = INSTRUCTION): Promise<Frame> {
  await page.fill('#plain', instruction);
  const panel = await openPanel(s.browser, page, '#plain');
  await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
  return panel;
}

const focused = (panel: Frame) =>
  panel.evaluate(
    () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
  );

const cloudPosts = () => s.cloud.requests.filter((r) => r.method === 'POST');
const localPosts = () => s.local.requests.filter((r) => r.method === 'POST');

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/panel-${name}.png` });
}

describe('the panel', () => {
  it('focus starts on Send and stays in the panel after Send; an edited draft is what gets inserted', async () => {
    const page = await formPage();
    const panel = await reviewed(page);
    await expect.poll(() => focused(panel)).toBe('send');
    await shot(page, 'review-1280');
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.getByTestId('insert').isEnabled()).toBe(true);
    await expect.poll(() => focused(panel)).toBe('insert');
    await shot(page, 'done-1280');

    // Where the caret is when the editor first exists: typing at once must land where the user sees it.
    await panel.evaluate(() => {
      const seen = window as unknown as { editorAtMount?: string };
      new MutationObserver((_, observer) => {
        const box = document.querySelector<HTMLTextAreaElement>('[data-testid="draft-editor"]');
        if (!box) return;
        observer.disconnect();
        seen.editorAtMount = `${document.activeElement === box}:${box.selectionStart}:${box.selectionEnd}`;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await panel.getByTestId('draft-edit').click();
    const editor = panel.getByTestId('draft-editor');
    // Focus and caret are set in the task that shows the editor. A CI run once typed between a deferred
    // caret move and its effect, and the whole draft ended up after the typed text.
    expect(await panel.evaluate(() => (window as unknown as { editorAtMount?: string }).editorAtMount)).toBe(
      'true:0:0',
    );
    expect(await editor.inputValue()).toContain(LOCAL_DRAFT);
    await editor.fill('Thank you, Martin. Edited by hand before Insert.');
    await shot(page, 'edit-1280');
    await expect.poll(() => panel.getByTestId('insert').isEnabled()).toBe(true);
    await clickClosingPanel(page, panel.getByTestId('insert'));
    expect(await page.inputValue('#plain')).toBe('Thank you, Martin. Edited by hand before Insert.');
    await page.close();
  });

  it('a reason links to the context entry that matched, by its address only', async () => {
    const page = await formPage();
    const panel = await reviewed(page);
    const link = panel.locator('[data-testid="reason-link"][data-entry="fact-1"]').first();
    await link.waitFor();
    const opened = s.browser.context.waitForEvent('page', { timeout: 10_000 });
    await link.click();
    const options = await opened;
    await expect.poll(() => options.url()).toMatch(/options\.html#context\/fact-1$/);
    for (const value of PRIVATE_VALUES) expect(decodeURIComponent(options.url())).not.toContain(value);
    await options.getByTestId('fact-1').waitFor();
    expect(await options.getByTestId('fact-1').locator('textarea').inputValue()).toContain('knee surgery');
    await options.close();
    await page.close();
  });

  it('an empty field says what to do instead of showing a grey Send', async () => {
    const page = await formPage();
    await page.fill('#plain', '');
    const panel = await openPanel(s.browser, page, '#plain');
    await expect.poll(() => panel.getByTestId('empty-field').innerText()).toMatch(/field is empty.*type/i);
    // No grey Send to puzzle over: Close is the one thing to do.
    expect(await panel.getByTestId('send').count()).toBe(0);
    await expect.poll(() => focused(panel)).toBe('cancel');
    expect(await panel.getByTestId('outbound').count()).toBe(0);
    await shot(page, 'empty-1280');
    await page.close();
  });

  it('in Local only, a follow-up rewrites the draft on the device and nothing goes to the cloud', async () => {
    await setSiteMode(s.browser, s.site, 'local-only');
    try {
      const page = await formPage();
      await page.fill('#plain', INSTRUCTION);
      const panel = await openPanel(s.browser, page, '#plain');
      const cloudBefore = cloudPosts().length;
      await panel.getByTestId('send').click();
      await panel.getByTestId('follow-up-shorter').click({ timeout: 20_000 });
      await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
      const body = JSON.stringify(localPosts().at(-1)?.body);
      expect(body).toContain('Rewrite the draft as follows: Make it shorter.');
      expect(body).toContain(LOCAL_DRAFT);
      // Free text too, and still nothing leaves.
      await panel.getByTestId('follow-up-text').fill('mention the flowers');
      await panel.getByTestId('follow-up-send').click();
      await expect
        .poll(() => JSON.stringify(localPosts().at(-1)?.body))
        .toContain('Rewrite the draft as follows: mention the flowers');
      await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
      expect(cloudPosts().length).toBe(cloudBefore);
      await page.close();
    } finally {
      await setSiteMode(s.browser, s.site, 'sketch');
    }
  });

  it('in Sketch, a follow-up goes back to the review: what leaves for it is shown, redacted and guarded', async () => {
    const page = await formPage();
    const panel = await reviewed(page);
    await panel.getByTestId('send').click();
    await panel.getByTestId('follow-up-formal').click({ timeout: 20_000 });
    await expect.poll(() => panel.getByTestId('outbound').inputValue()).toContain('Make it more formal.');
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    const outbound = await panel.getByTestId('outbound').inputValue();
    for (const value of PRIVATE_VALUES) expect(outbound.toLowerCase()).not.toContain(value.toLowerCase());
    const before = cloudPosts().length;
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    const sent = cloudPosts()
      .slice(before)
      .map((r) => JSON.stringify(r.body));
    expect(sent.length).toBe(1);
    expect(sent[0]).toContain('Make it more formal.');
    for (const value of PRIVATE_VALUES) expect(sent[0]?.toLowerCase()).not.toContain(value.toLowerCase());
    // The device's model revises the draft it wrote; that draft never went to the cloud.
    expect(JSON.stringify(localPosts().at(-1)?.body)).toContain('<<<DRAFT>>>');
    expect(sent[0]).not.toContain(LOCAL_DRAFT);
    await page.close();
  });

  it('Logit mode says at review time that this endpoint will use Sketch (no Test connection passed)', async () => {
    await setSiteMode(s.browser, s.site, 'logit');
    try {
      const page = await formPage();
      const before = cloudPosts().length;
      const panel = await reviewed(page);
      await expect.poll(() => panel.getByTestId('logit-fallback').innerText()).toMatch(/will use Sketch/);
      await shot(page, 'logit-review-1280');
      expect(cloudPosts().length).toBe(before);
      await page.close();
    } finally {
      await setSiteMode(s.browser, s.site, 'sketch');
    }
  });

  it('with the local server down, Sketch sends nothing to the cloud (also on Try again) and offers Setup', async () => {
    await s.options.setEndpoints({ cloudUrl: s.cloud.url, localUrl: 'http://127.0.0.1:9/v1' });
    try {
      const page = await formPage();
      const panel = await reviewed(page);
      const before = cloudPosts().length;
      await panel.getByTestId('send').click();
      const error = panel.getByTestId('error');
      await expect.poll(() => error.getAttribute('data-code')).toBe('local-unreachable');
      expect(await error.innerText()).toMatch(/Nothing was sent to the cloud\./);
      expect(cloudPosts().length).toBe(before);
      await panel.getByTestId('regenerate').click();
      await expect.poll(() => panel.getByTestId('error').count()).toBe(1);
      await expect.poll(() => error.getAttribute('data-code')).toBe('local-unreachable');
      expect(cloudPosts().length).toBe(before);
      await shot(page, 'error-1280');
      const opened = s.browser.context.waitForEvent('page', { timeout: 10_000 });
      await panel.getByTestId('open-setup').click();
      const options = await opened;
      await expect.poll(() => options.url()).toMatch(/options\.html#setup$/);
      await options.close();
      await page.close();
    } finally {
      await s.options.setEndpoints({ cloudUrl: s.cloud.url, localUrl: s.local.url });
    }
  });

  it('in a narrow window the panel docks to the bottom, and the field button sits beside a single-line input', async () => {
    const page = await formPage(400);
    await page.fill('#react-input', 'thank my manager');
    await page.focus('#react-input');
    const button = page.locator('div[data-cogenesis="field-button"]');
    await button.waitFor({ state: 'visible' });
    const [box, input] = [await button.boundingBox(), await page.locator('#react-input').boundingBox()];
    const overlap =
      box && input
        ? box.x < input.x + input.width &&
          input.x < box.x + box.width &&
          box.y < input.y + input.height &&
          input.y < box.y + box.height
        : true;
    expect(overlap).toBe(false);

    const panel = await reviewed(page);
    const host = await page.locator(PANEL_SELECTOR).boundingBox();
    expect(host?.x).toBe(0);
    expect(host?.width).toBe(400);
    expect(Math.round((host?.y ?? 0) + (host?.height ?? 0))).toBe(800);
    await shot(page, 'review-400');
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.getByTestId('insert').isEnabled()).toBe(true);
    await shot(page, 'done-400');
    await panel.getByTestId('draft-edit').click();
    await shot(page, 'edit-400');
    await page.close();
  });
});
