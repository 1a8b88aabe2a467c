/**
 * Sketch mode with the CPU engine in the built extension: wllama (llama.cpp in WebAssembly) runs in the
 * engine host (the offscreen document) under the extension's CSP, from the wllama.wasm the build ships,
 * and writes the draft with the tiny Llama 3 model (tests/models/) served from loopback. The model is
 * fetched only after consent; the draft is the model's exact greedy text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TINY_TEXT } from '../models/tiny-spec';
import { expectNoPrivateValue, insertAndExpect, reviewedPanel } from './harness/flows';
import { useSuite } from './harness/suite';
import { useCpuEngine, useTinyGguf } from './wllama-settings';

const s = useSuite();
const gguf = useTinyGguf();
// After the suite's and the GGUF's beforeAll (registered first): the options page and the address exist.
beforeAll(() => useCpuEngine(s.options.page, gguf.url));

describe('sketch mode with the CPU engine (wllama) in the engine host', () => {
  it('asks before downloading, then writes the exact greedy text and inserts it', async () => {
    const { page, panel } = await reviewedPanel(s);
    await panel.getByTestId('send').click();

    // Not cached yet: nothing is fetched without consent.
    const error = panel.getByTestId('error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.getAttribute('data-code')).toBe('model-not-downloaded');
    expect(gguf.fetched).toEqual([]);

    await panel.getByTestId('download-model').click();
    await panel.getByTestId('insert').waitFor({ timeout: 120_000 });
    expect(gguf.fetched.length).toBeGreaterThan(0);
    expect((await panel.getByTestId('draft').innerText()).trim()).toBe(TINY_TEXT);
    // The cloud stand-in saw no private value.
    expectNoPrivateValue(s.cloud.requests.filter((r) => r.method === 'POST').map((r) => r.body));

    await insertAndExpect(page, panel, TINY_TEXT);
    await page.close();
  });
});
