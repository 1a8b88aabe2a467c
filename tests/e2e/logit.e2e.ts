import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudStub, type Stub } from '../servers/openai-stub';
import { INSTRUCTION } from './harness/context-data';
import { clickClosingPanel } from './harness/extension-pages';
import { expectNoPrivateValue, reviewedPanel } from './harness/flows';
import { useSuite } from './harness/suite';

const s = useSuite({ mode: 'logit' });
// Like LM Studio: completions without log-probabilities.
let plainCloud: Stub;
beforeAll(async () => {
  plainCloud = await startCloudStub({ completions: 'plain' });
});
afterAll(() => plainCloud?.close());

async function draftOnce(insert = false): Promise<{ draft: string; notice: string }> {
  const { page, panel } = await reviewedPanel(s);
  await panel.getByTestId('send').click();
  await panel.getByTestId('insert').waitFor({ timeout: 45_000 });
  const draft = await panel.getByTestId('draft').innerText();
  const notice = (await panel.getByTestId('notice').count())
    ? await panel.getByTestId('notice').innerText()
    : '';
  expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
  if (insert) {
    await clickClosingPanel(page, panel.getByTestId('insert'));
  }
  await page.close();
  return { draft, notice };
}

describe('logit mode, end to end', () => {
  it('Test connection finds log-probabilities and prefix continuation on a capable endpoint', async () => {
    await s.options.setEndpoints({ cloudUrl: s.cloud.url, localUrl: s.local.url });
    await s.options.page.getByTestId('test-connection').click();
    await s.options.page.getByTestId('probe').filter({ hasText: 'Logit mode is available' }).waitFor();
  });

  it('writes a draft holding the private context while the cloud never sees a private value', async () => {
    const before = s.cloud.requests.length;
    const { draft, notice } = await draftOnce();
    expect(notice).toBe('');
    // The local model's private context made it into the draft…
    expect(draft).toContain('Martin Reynolds');
    expect(draft).toContain('Brightwater Analytics');
    // …through many cloud rounds, none of which carried a private value.
    const rounds = s.cloud.requests.slice(before).filter((r) => r.path === '/v1/completions');
    expect(rounds.length).toBeGreaterThan(3);
    expectNoPrivateValue(rounds.map((r) => r.body));
    expect(JSON.stringify(rounds.at(-1)?.body)).toMatch(/\[PERSON_1\]|\[ORG_1\]/);
  });

  it('keeps an opt-in training trace of an inserted draft only, on the device', async () => {
    await s.options.page.getByTestId('record-traces').check();
    await draftOnce(false);
    await s.options.page.reload();
    await expect.poll(() => s.options.page.getByTestId('trace-stats').innerText()).toMatch(/^0 drafts/);
    await draftOnce(true);
    await s.options.page.reload();
    await expect
      .poll(() => s.options.page.getByTestId('trace-stats').innerText())
      .toMatch(/^1 drafts, [1-9]\d* steps/);
  });

  it('falls back to Sketch, and says why, where the endpoint returns no log-probabilities', async () => {
    await s.options.setEndpoints({ cloudUrl: plainCloud.url, localUrl: s.local.url });
    await s.options.page.getByTestId('test-connection').click();
    await s.options.page.getByTestId('probe').filter({ hasText: 'Logit mode is not available' }).waitFor();
    const { draft, notice } = await draftOnce();
    expect(notice).toMatch(/Using Sketch/);
    expect(draft).toContain('Following the outline');
  });
});
