/**
 * Sketch mode with the CPU engine in the built extension: wllama (llama.cpp in WebAssembly) runs in the
 * engine host (the offscreen document) under the extension's CSP, from the wllama.wasm the build ships,
 * and writes the draft with the tiny Llama 3 model (tests/models/) served from loopback. The model is
 * fetched only after consent; the draft is the model's exact greedy text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyModels } from '../models/tiny';
import { TINY_TEXT } from '../models/tiny-spec';
import { INSTRUCTION, PRIVATE_VALUES } from './harness/context-data';
import { openPanel, PANEL_SELECTOR } from './harness/extension-pages';
import { useSuite } from './harness/suite';
import { serveGguf, useCpuEngine } from './wllama-settings';

const s = useSuite();
let close: (() => Promise<void>) | undefined;
let modelUrl = '';
const fetched: string[] = [];

beforeAll(async () => {
  const { models } = await tinyModels();
  const served = await serveGguf(models.llama3.path, fetched);
  close = served.close;
  modelUrl = served.url;
  await useCpuEngine(s.options.page, modelUrl);
}, 300_000);
afterAll(() => close?.());

describe('sketch mode with the CPU engine (wllama) in the engine host', () => {
  it('asks before downloading, then writes the exact greedy text and inserts it', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`http://${s.site}/form.html`);
    await page.fill('#plain', INSTRUCTION);
    const panel = await openPanel(s.browser, page, '#plain');
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    await panel.getByTestId('send').click();

    // Not cached yet: nothing is fetched without consent.
    const error = panel.getByTestId('error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.getAttribute('data-code')).toBe('model-not-downloaded');
    expect(fetched).toEqual([]);

    await panel.getByTestId('download-model').click();
    await panel.getByTestId('insert').waitFor({ timeout: 120_000 });
    expect(fetched.length).toBeGreaterThan(0);
    expect((await panel.getByTestId('draft').innerText()).trim()).toBe(TINY_TEXT);
    // The cloud stand-in saw no private value.
    for (const request of s.cloud.requests.filter((r) => r.method === 'POST')) {
      const sent = JSON.stringify(request.body).toLowerCase();
      for (const value of PRIVATE_VALUES) expect(sent).not.toContain(value.toLowerCase());
    }

    await panel.getByTestId('insert').click();
    await page.locator(PANEL_SELECTOR).waitFor({ state: 'detached' });
    expect((await page.inputValue('#plain')).trim()).toBe(TINY_TEXT);
    await page.close();
  });
});
