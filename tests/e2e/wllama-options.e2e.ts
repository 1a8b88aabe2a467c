/**
 * The CPU engine chosen the way a user chooses it, in options → Models: the CPU engine, a GGUF file
 * (the tiny Llama 3 model of tests/models/, served from loopback), consent before any byte is fetched,
 * download progress, the speed measured on this machine, the popup's readiness, then delete. Screenshots
 * of the section and the readiness line at 1280 and 400 px go to .output/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useSuite } from './harness/suite';
import { useTinyGguf } from './wllama-settings';

const SHOTS = '.output/screenshots';
const s = useSuite();
const gguf = useTinyGguf();

const popupUrl = () =>
  `chrome-extension://${s.browser.extensionId}/popup.html?site=${encodeURIComponent(s.site)}`;

/**
 * The popup's readiness line for the local model (options' Setup shows steps, not this list), read in
 * a freshly opened popup, as the user would see it after changing Models.
 */
async function localReadiness(): Promise<{ text: string; state: string | null }> {
  const popup = await s.browser.context.newPage();
  await popup.goto(popupUrl());
  const line = popup.locator('[data-testid="readiness"] li[data-item="local"]');
  await line.waitFor();
  const shown = { text: await line.innerText(), state: await line.getAttribute('data-state') };
  await popup.close();
  return shown;
}

async function shoot(width: number): Promise<void> {
  const page = await s.browser.context.newPage();
  await page.setViewportSize({ width, height: 1000 });
  await page.goto(`chrome-extension://${s.browser.extensionId}/options.html#models`);
  await page.locator(`[data-model="${gguf.url}"] [data-testid="speed"]`).waitFor();
  await page.locator('#models').screenshot({ path: `${SHOTS}/options-models-cpu-${width}.png` });
  await page.close();
  // The popup's readiness line for the downloaded CPU model, citing its measured speed.
  const popup = await s.browser.context.newPage();
  await popup.setViewportSize({ width, height: 800 });
  await popup.goto(popupUrl());
  const local = popup.locator('[data-testid="readiness"] li[data-item="local"][data-state="ok"]');
  await local.getByText(/words\/s/).waitFor({ timeout: 30_000 });
  await popup.getByTestId('readiness').screenshot({ path: `${SHOTS}/popup-readiness-cpu-${width}.png` });
  await popup.close();
}

describe('the CPU engine chosen in options → Models', () => {
  it('chooses the CPU engine and a GGUF file, asks before downloading, shows progress, measures speed, and deletes', async () => {
    const page = s.options.page;
    await page.evaluate(() => (location.hash = '#models'));
    await page.getByTestId('engine-wllama').check();
    await page.getByTestId('models-status').getByText('Saved.').waitFor();

    await page.getByTestId('gguf-address').fill(gguf.url);
    await page.getByTestId('gguf-use').click();
    const card = page.locator(`[data-testid="cpu-models"] li[data-model="${gguf.url}"]`);
    await expect.poll(() => card.getAttribute('data-in-use')).toBe('true');
    await card.getByText('Not downloaded').waitFor({ timeout: 30_000 });
    await expect
      .poll(localReadiness, { timeout: 30_000 })
      .toMatchObject({ text: expect.stringMatching(/model\.gguf is not downloaded yet/), state: 'missing' });

    // Consent first: the sentence names where the file comes from, and nothing is fetched before it.
    await card.getByRole('button', { name: 'Download…' }).click();
    expect(await card.getByTestId('model-consent').innerText()).toMatch(/from 127\.0\.0\.1:\d+\?/);
    expect(gguf.fetched).toEqual([]);
    // Progress can be quick on loopback: record that the bar appeared at all.
    await page.evaluate(() => {
      const seen = new MutationObserver(() => {
        if (document.querySelector('[data-testid="model-progress"] progress')) {
          document.body.dataset.sawProgress = 'true';
          seen.disconnect();
        }
      });
      seen.observe(document.body, { subtree: true, childList: true });
    });
    await card.getByRole('button', { name: 'Download', exact: true }).click();

    // Downloaded, then measured on this machine: words/s and a draft's time, with when and on what.
    const speed = card.getByTestId('speed');
    await speed.waitFor({ timeout: 180_000 });
    expect(await page.evaluate(() => document.body.dataset.sawProgress)).toBe('true');
    expect(gguf.fetched.length).toBeGreaterThan(0);
    await card.getByTestId('model-downloaded').waitFor();
    expect(await speed.innerText()).toMatch(
      /^about [\d.]+ words\/s — a 150-word draft takes about \d+ (s|min)/,
    );
    expect(await card.getByTestId('speed-measured').innerText()).toMatch(
      /measured .* on model\.gguf, \d threads?: [\d.]+ prompt tokens\/s, [\d.]+ written tokens\/s/,
    );
    await expect.poll(localReadiness, { timeout: 30_000 }).toMatchObject({
      text: expect.stringMatching(/model\.gguf \(downloaded, about [\d.]+ words\/s/),
      state: 'ok',
    });

    // "Measure again" runs the test anew: a later measurement replaces the first.
    const first = await speed.getAttribute('data-measured-at');
    await card.getByTestId('measure-speed').click();
    await expect
      .poll(() => card.getByTestId('speed').getAttribute('data-measured-at'), { timeout: 120_000 })
      .not.toBe(first);

    await mkdir(SHOTS, { recursive: true });
    for (const width of [1280, 400]) await shoot(width);

    // Delete: the file leaves the cache, its measurement with it, and readiness says so.
    await card.getByRole('button', { name: 'delete' }).click();
    await card.getByText('Not downloaded').waitFor({ timeout: 30_000 });
    expect(await card.getByTestId('speed').count()).toBe(0);
    await expect
      .poll(localReadiness, { timeout: 30_000 })
      .toMatchObject({ text: expect.stringMatching(/model\.gguf is not downloaded yet/), state: 'missing' });
  }, 300_000);
});
