/** For the specs that run the CPU engine inside the built extension: its settings, and a GGUF on loopback. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { listenOnLoopback } from '../servers/loopback';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { tinyModels } from '../models/tiny';

/**
 * Runs in an extension page (options): writes the settings a user would choose in options (the CPU
 * engine has no options control yet): the CPU engine, with the GGUF at `model`. Self-contained, so that
 * the Firefox harness can evaluate it too.
 */
export async function writeCpuEngineSettings(model: string): Promise<void> {
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
}

/** The CPU engine with the GGUF at `ggufModel`, set from `page`, an extension page (options). */
export async function useCpuEngine(page: Page, ggufModel: string): Promise<void> {
  await page.evaluate(writeCpuEngineSettings, ggufModel);
}

/** Serves one GGUF file on 127.0.0.1; `fetched` records each request's path. */
export async function serveGguf(
  file: string,
  fetched: string[] = [],
): Promise<{ url: string; close(): Promise<void> }> {
  const body = await readFile(file);
  const server = createServer((req, res) => {
    fetched.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  const { port, close } = await listenOnLoopback(server);
  return { url: `http://127.0.0.1:${port}/model.gguf`, close };
}

/**
 * Registers beforeAll/afterAll that serve the tiny Llama 3 GGUF (tests/models/) on loopback for a
 * spec; the returned object is filled in once beforeAll ran: its address and each request's path.
 */
export function useTinyGguf(): { url: string; fetched: string[] } {
  const served = { url: '', fetched: [] as string[] };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const { models } = await tinyModels();
    const server = await serveGguf(models.llama3.path, served.fetched);
    close = server.close;
    served.url = server.url;
  }, 300_000);
  afterAll(() => close?.());
  return served;
}
