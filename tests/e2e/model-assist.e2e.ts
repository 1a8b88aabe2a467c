import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAssistingLocal } from '../servers/obedient-local';
import type { Stub } from '../servers/openai-stub';
import { openPanel } from './harness/extension-pages';
import { useSuite } from './harness/suite';

// Issue 9, model-assisted pass: the local model proposes a word the rules do not know; it is withheld,
// labelled as the local model's, and never reaches the cloud.
const s = useSuite();
let local: Stub;
beforeAll(async () => {
  local = await startAssistingLocal(['physiotherapy', 'not in the text at all']);
  await s.options.setEndpoints({ cloudUrl: s.cloud.url, localUrl: local.url });
  expect(await s.options.endpointStatus()).toBe('Saved.');
});
afterAll(() => local?.close());

describe('the model-assisted pass in the review', () => {
  it('withholds what the local model proposes, says so, and the cloud never receives it', async () => {
    const instruction = 'thank my manager for approving my leave for the physiotherapy sessions';
    const page = await s.browser.context.newPage();
    await page.goto(`http://${s.site}/form.html`);
    await page.fill('#plain', instruction);
    const panel = await openPanel(s.browser, page, '#plain');
    const note = panel.getByTestId('assist-note');
    await expect.poll(() => note.getAttribute('data-status'), { timeout: 15_000 }).toBe('added');
    expect(await note.innerText()).toMatch(/local model withheld 1 more item/);
    expect(await panel.getByTestId('outbound').inputValue()).not.toContain('physiotherapy');
    expect(await panel.getByTestId('withheld').innerText()).toMatch(/physiotherapy\s*\(local model\)/);
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);

    const before = s.cloud.requests.length;
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 30_000 });
    const sent = s.cloud.requests.slice(before).filter((r) => r.method === 'POST');
    expect(sent.length).toBe(1);
    expect(JSON.stringify(sent[0]?.body)).not.toContain('physiotherapy');
    // The local model got the whole instruction back (placeholders restored on the device).
    const last = local.requests.filter((r) => r.method === 'POST').at(-1);
    expect(JSON.stringify(last?.body)).toContain('physiotherapy');
    await page.close();
  });
});
