import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudStub, startLocalStub, type Stub } from '../servers/openai-stub';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { CONTEXT, INSTRUCTION, PRIVATE_VALUES } from './harness/context-data';
import { openPanel, OptionsPage, setSiteMode } from './harness/extension-pages';
import { buildFixtures } from './harness/fixtures';
import { serveStatic } from './harness/static-server';

let browser: ExtensionBrowser;
let cloud: Stub;
let plainCloud: Stub;
let local: Stub;
let fixtures: { port: number; close(): Promise<void> };
let options: OptionsPage;
let site: string;

beforeAll(async () => {
  [cloud, plainCloud, local, fixtures] = await Promise.all([
    startCloudStub(),
    // Like LM Studio: completions without log-probabilities.
    startCloudStub({ completions: 'plain' }),
    startLocalStub(),
    buildFixtures().then(serveStatic),
  ]);
  site = `127.0.0.1:${fixtures.port}`;
  browser = await launchWithExtension();
  options = await OptionsPage.open(browser);
  await options.importContext(JSON.stringify(CONTEXT));
  await options.useEngine('server');
  await setSiteMode(browser, site, 'logit');
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([cloud?.close(), plainCloud?.close(), local?.close(), fixtures?.close()]);
});

async function draftOnce(insert = false): Promise<{ draft: string; notice: string }> {
  const page = await browser.context.newPage();
  await page.goto(`http://${site}/form.html`);
  await page.fill('#plain', INSTRUCTION);
  const panel = await openPanel(browser, page, '#plain');
  await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
  await panel.getByTestId('send').click();
  await panel.getByTestId('insert').waitFor({ timeout: 45_000 });
  const draft = await panel.getByTestId('draft').innerText();
  const notice = (await panel.getByTestId('notice').count())
    ? await panel.getByTestId('notice').innerText()
    : '';
  expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
  if (insert) {
    await panel.getByTestId('insert').click();
    await page.locator('iframe[src*="/panel.html"]').waitFor({ state: 'detached' });
  }
  await page.close();
  return { draft, notice };
}

describe('logit mode, end to end', () => {
  it('Test connection finds log-probabilities and prefix continuation on a capable endpoint', async () => {
    await options.setEndpoints({ cloudUrl: cloud.url, localUrl: local.url });
    await options.page.getByTestId('test-connection').click();
    await options.page.getByTestId('probe').filter({ hasText: 'Logit mode is available' }).waitFor();
  });

  it('writes a draft holding the private context while the cloud never sees a private value', async () => {
    const before = cloud.requests.length;
    const { draft, notice } = await draftOnce();
    expect(notice).toBe('');
    // The local model's private context made it into the draft…
    expect(draft).toContain('Martin Reynolds');
    expect(draft).toContain('Brightwater Analytics');
    // …through many cloud rounds, none of which carried a private value.
    const rounds = cloud.requests.slice(before).filter((r) => r.path === '/v1/completions');
    expect(rounds.length).toBeGreaterThan(3);
    for (const round of rounds) {
      const body = JSON.stringify(round.body).toLowerCase();
      for (const value of PRIVATE_VALUES) expect(body).not.toContain(value.toLowerCase());
    }
    expect(JSON.stringify(rounds.at(-1)?.body)).toMatch(/\[PERSON_1\]|\[ORG_1\]/);
  });

  it('keeps an opt-in training trace of an inserted draft only, on the device', async () => {
    await options.page.getByTestId('record-traces').check();
    await draftOnce(false);
    await options.page.reload();
    await expect.poll(() => options.page.getByTestId('trace-stats').innerText()).toMatch(/^0 drafts/);
    await draftOnce(true);
    await options.page.reload();
    await expect
      .poll(() => options.page.getByTestId('trace-stats').innerText())
      .toMatch(/^1 drafts, [1-9]\d* steps/);
  });

  it('falls back to Sketch, and says why, where the endpoint returns no log-probabilities', async () => {
    await options.setEndpoints({ cloudUrl: plainCloud.url, localUrl: local.url });
    await options.page.getByTestId('test-connection').click();
    await options.page.getByTestId('probe').filter({ hasText: 'Logit mode is not available' }).waitFor();
    const { draft, notice } = await draftOnce();
    expect(notice).toMatch(/Using Sketch/);
    expect(draft).toContain('Following the outline');
  });
});
