import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholdersIn, startStub, type Stub } from '../servers/openai-stub';
import { INSTRUCTION, PRIVATE_VALUES } from './harness/context-data';
import { clickClosingPanel, closePanel, openPanel, setSiteMode } from './harness/extension-pages';
import { useSuite } from './harness/suite';

const s = useSuite({ mode: 'redacted-cloud' });
/** A hostile cloud: names every placeholder it was sent, one it never was, and [PERSON_1] always. */
let cloud: Stub;
beforeAll(async () => {
  cloud = await startStub({
    models: ['stub-cloud'],
    reply: (body) => `Dear [PERSON_9], thank you. ${placeholdersIn(body).join(' ')} Signed, [PERSON_1]`,
  });
  await s.options.setEndpoints({ cloudUrl: cloud.url, localUrl: s.local.url });
});
afterAll(() => cloud?.close());

const sentBodies = (from: number) =>
  cloud.requests
    .slice(from)
    .filter((r) => r.method === 'POST')
    .map((r) => JSON.stringify(r.body).toLowerCase());

async function panelFor(instruction: string): Promise<{ page: Page; panel: Frame }> {
  const page = await s.browser.context.newPage();
  await page.goto(`http://${s.site}/form.html`);
  await page.fill('#plain', instruction);
  return { page, panel: await openPanel(s.browser, page, '#plain') };
}

async function draftDone(instruction = INSTRUCTION) {
  const { page, panel } = await panelFor(instruction);
  await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
  await panel.getByTestId('send').click();
  await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
  return { page, panel };
}

describe('honest review and insert', () => {
  it('shows a possibly private word, withholds it in one click, and the cloud never receives it', async () => {
    // "charity" is an ordinary word, so no detector withholds it, but it is in one of the user's notes.
    const { page, panel } = await panelFor('write a short note about my charity work this weekend');
    const doubt = panel.getByTestId('doubt').filter({ hasText: 'charity' });
    await doubt.waitFor({ timeout: 10_000 });
    expect(await doubt.innerText()).toMatch(/fact 2/);
    expect(await panel.getByTestId('guard-ok').count()).toBe(0);
    expect(await panel.getByTestId('guard-undecided').innerText()).toMatch(/Not decided/);
    expect(await panel.getByTestId('review-scope').innerText()).toMatch(
      /your context: \d+ values from 7 entries; \d+ patterns \(e-mail.*\); names/,
    );

    await panel.getByRole('button', { name: 'Withhold "charity"' }).click();
    const outbound = panel.getByTestId('outbound');
    await expect.poll(() => outbound.inputValue()).not.toContain('charity');
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);

    const before = cloud.requests.length;
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    const sent = sentBodies(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain('charity');
    expect(sent[0]).toContain('[private_1]');
    // Restored on the device, in the panel only.
    expect(await panel.getByTestId('draft').innerText()).toContain('charity');
    await closePanel(page, panel);
    await page.close();
  });

  it('a dismissed word stays in the text and the check turns green', async () => {
    const { page, panel } = await panelFor('write a short note about my charity work this weekend');
    await panel.getByRole('button', { name: '"charity" is fine to send' }).click({ timeout: 10_000 });
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    expect(await panel.getByTestId('outbound').inputValue()).toContain('charity');
    await page.close();
  });

  it('a reply with a placeholder that was never sent is not inserted without the user’s word', async () => {
    const { page, panel } = await draftDone();
    const draft = panel.getByTestId('draft');
    expect(await draft.innerText()).toContain('Martin Reynolds');
    expect(await panel.getByTestId('unfilled').allInnerTexts()).toEqual(['[PERSON_9]']);

    await panel.getByTestId('insert').click();
    await panel.getByTestId('ask-unfilled').waitFor();
    expect(await panel.getByTestId('ask-unfilled').innerText()).toContain('[PERSON_9]');
    expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
    await panel.getByTestId('ask-cancel').click();
    expect(await page.inputValue('#plain')).toBe(INSTRUCTION);

    await panel.getByTestId('insert').click();
    await clickClosingPanel(page, panel.getByTestId('insert-anyway'));
    const value = await page.inputValue('#plain');
    expect(value).toContain('Dear [PERSON_9], thank you.');
    expect(value).toContain('Martin Reynolds');
    await page.close();
  });

  it('a placeholder the user deleted from the outbound text is not filled back in', async () => {
    const { page, panel } = await panelFor(INSTRUCTION);
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    const outbound = panel.getByTestId('outbound');
    const text = await outbound.inputValue();
    expect(text).toContain('[PERSON_1]');
    await outbound.fill(text.replace('[PERSON_1]', 'I'));
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    // The reply names [PERSON_1] only if it was sent; it was not, so the name cannot come back.
    expect(await panel.getByTestId('draft').innerText()).not.toContain('Martin Reynolds');
    await page.close();
  });

  it('a field edited while the panel was open is not replaced whole: the user chooses', async () => {
    const { page, panel } = await draftDone();
    await page.fill('#plain', 'My own new text');
    await panel.getByTestId('insert').click();
    await panel.getByTestId('insert-anyway').click();
    await panel.getByTestId('ask-field-changed').waitFor();
    expect(await panel.getByTestId('replace-instruction').count()).toBe(0);
    expect(await page.inputValue('#plain')).toBe('My own new text');
    await clickClosingPanel(page, panel.getByTestId('insert-below-changed'));
    const value = await page.inputValue('#plain');
    expect(value.startsWith('My own new text\n\n')).toBe(true);
    expect(value).toContain('Martin Reynolds');
    await page.close();
  });

  it('a 200 KB instruction opens the panel with the reason, and nothing is sent', async () => {
    const before = cloud.requests.length;
    const { page, panel } = await panelFor('x '.repeat(100_000));
    expect(await panel.getByTestId('too-long').innerText()).toMatch(/200,000 characters.*up to 50,000/);
    expect(await panel.getByTestId('send').count()).toBe(0);
    expect(cloud.requests.length).toBe(before);
    await page.close();
  });

  it('Send uses the mode read at Send: switched to Local only, nothing goes to the cloud', async () => {
    const { page, panel } = await panelFor(INSTRUCTION);
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    await setSiteMode(s.browser, s.site, 'local-only');
    try {
      const before = cloud.requests.length;
      await panel.getByTestId('send').click();
      await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
      expect(await panel.getByTestId('draft').innerText()).toContain(
        'This draft was written on this device.',
      );
      expect(cloud.requests.length).toBe(before);
      for (const body of sentBodies(0))
        for (const value of PRIVATE_VALUES) expect(body).not.toContain(value.toLowerCase());
    } finally {
      await setSiteMode(s.browser, s.site, 'redacted-cloud');
    }
    await page.close();
  });

  it('a context file over the cap is refused with its size, and the context is unchanged', async () => {
    const summary = await s.options.page.getByTestId('context-summary').innerText();
    const big = JSON.stringify({ version: 1, facts: ['x'.repeat(6 * 1024 * 1024)] });
    const status = await s.options.importContext(big, 'big.json');
    expect(status).toMatch(/too large.*limit is 5 MB.*6\.0 MB/);
    expect(await s.options.page.getByTestId('context-summary').innerText()).toBe(summary);
  });
});
