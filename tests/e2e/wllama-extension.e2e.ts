/**
 * Sketch mode with the CPU engine in the built extension: wllama (llama.cpp in WebAssembly) runs in the
 * engine host (the offscreen document) under the extension's CSP, from the wllama.wasm the build ships,
 * and writes the draft with the tiny Llama 3 model (tests/models/) served from loopback. The model is
 * fetched only after consent; the draft is the model's exact greedy text.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyModels } from '../models/tiny';
import { TINY_TEXT } from '../models/tiny-spec';
import { INSTRUCTION, PRIVATE_VALUES } from './harness/context-data';
import { openPanel, PANEL_SELECTOR } from './harness/extension-pages';
import { useSuite } from './harness/suite';

const s = useSuite();
let server: Server;
let modelUrl = '';
const fetched: string[] = [];

/** Writes the settings a user would choose in options (the CPU engine has no options control yet). */
async function useCpuEngine(ggufModel: string): Promise<void> {
  await s.options.page.evaluate(async (model) => {
    const request = indexedDB.open('cogenesis');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('settings', 'readwrite');
    const store = tx.objectStore('settings');
    const current = await new Promise<Record<string, unknown>>((resolve) => {
      const get = store.get('endpoints');
      get.onsuccess = () => resolve(get.result as Record<string, unknown>);
    });
    store.put({ ...current, localEngine: 'wllama', ggufModel: model }, 'endpoints');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, ggufModel);
}

beforeAll(async () => {
  const { models } = await tinyModels();
  const body = await readFile(models.llama3.path);
  server = createServer((req, res) => {
    fetched.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  modelUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tiny-llama3.gguf`;
  await useCpuEngine(modelUrl);
}, 300_000);
afterAll(() => new Promise((resolve) => server?.close(resolve)));

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
