/**
 * The wllama engine in headless Chromium for the engine contract: an MV3 extension page under the
 * extension's own CSP (script-src 'self' 'wasm-unsafe-eval'; wllama starts its worker from a blob: URL,
 * which an extension page allows and a web page under that CSP does not), holding the engine bundled
 * from lib/engines/wllama/ and wllama.wasm; the tiny test model comes from a loopback server. Node sees
 * the engine through a LocalEngine proxy that pulls one item per call, so abort and streaming are the
 * page's own.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { ChatRequest, LocalEngine, TokenCandidate } from '../../lib/engines/types';
import { deserializeError, type SerializedError } from '../../lib/errors';
import { CHROMIUM } from './harness/browser';
import type { WllamaPageApi } from './wllama-page';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WASM_PATH = join(ROOT, 'node_modules/@wllama/wllama/esm/wasm/wllama.wasm');
/** The extension's CSP for its pages (wxt.config.ts). */
export const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

type Pulled = { done: true } | { done: false; value: unknown } | { error: SerializedError };

export interface WllamaPage {
  page: Page;
  /** The loopback server's origin, where the models are. */
  modelsUrl: string;
  /** How many requests each model path received. */
  requested: Map<string, number>;
  /** A LocalEngine in Node backed by the engine in the page, loading `model` (a path on the server). */
  engine(model: string): LocalEngine;
  close(): Promise<void>;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./wllama-page.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The path whose download starts and never finishes (a model that is still loading). */
export const STALLED_MODEL = '/stalled.gguf';

/**
 * A loopback server for the GGUF files (any other path is a 404: the broken engine's model).
 * STALLED_MODEL sends its headers and the GGUF magic, then nothing; `requested` counts requests by path.
 */
function serveModels(models: Record<string, string>, requested: Map<string, number>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.set(path, (requested.get(path) ?? 0) + 1);
    if (path === STALLED_MODEL) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 50_000_000 });
      res.write('GGUF');
      return;
    }
    const file = models[path];
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': body.length,
          'access-control-allow-origin': '*',
        });
        res.end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A throwaway MV3 extension: one page holding the engine, the wasm, and the extension's CSP. */
async function writeExtension(dir: string): Promise<void> {
  const manifest = {
    manifest_version: 3,
    name: 'wllama engine test',
    version: '1',
    background: { service_worker: 'sw.js' },
    host_permissions: ['http://127.0.0.1/*'],
    content_security_policy: { extension_pages: EXTENSION_CSP },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'sw.js'), '');
  await writeFile(
    join(dir, 'page.html'),
    '<!doctype html><body><script type="module" src="/page.js"></script></body>',
  );
  await writeFile(join(dir, 'page.js'), await bundle());
  // Where the build puts it (wxt.config.ts, lib/engines/wllama/from-catalog.ts).
  await mkdir(join(dir, 'wllama'));
  await copyFile(WASM_PATH, join(dir, 'wllama', 'wllama.wasm'));
}

function unwrap(pulled: Pulled): { done: boolean; value?: unknown } {
  if ('error' in pulled) throw deserializeError(pulled.error);
  return pulled;
}

/** Starts Chromium with an extension page that holds the wllama engine; `models` maps paths to GGUF files. */
export async function openWllamaPage(models: Record<string, string>): Promise<WllamaPage> {
  const dir = await mkdtemp(join(tmpdir(), 'cogenesis-wllama-ext-'));
  const profile = await mkdtemp(join(tmpdir(), 'cogenesis-wllama-profile-'));
  await writeExtension(dir);
  const requested = new Map<string, number>();
  const server = await serveModels(models, requested);
  const modelsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--no-first-run'],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/page.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });

  const call = <K extends keyof WllamaPageApi>(name: K, ...args: Parameters<WllamaPageApi[K]>) =>
    page.evaluate(
      ([n, a]) => {
        const api = (globalThis as unknown as { wllamaTest: Record<string, (...x: unknown[]) => unknown> })
          .wllamaTest;
        return api[n]?.(...a);
      },
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<WllamaPageApi[K]>>>;

  async function* pullAll(model: string, request: ChatRequest): AsyncGenerator<unknown> {
    const { signal, ...plain } = request;
    const id = await call('open', model, plain);
    const onAbort = () => void call('abort', id);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        const next = unwrap(await call('pull', id));
        if (next.done) return;
        yield next.value;
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    page,
    modelsUrl,
    requested,
    engine(path) {
      const model = `${modelsUrl}${path}`;
      return {
        kind: 'wllama',
        label: 'wllama in Chromium',
        async *chat(request) {
          for await (const text of pullAll(model, request)) yield text as string;
        },
        async nextTokens(request) {
          const { signal, ...plain } = request;
          if (signal?.aborted) throw deserializeError({ code: 'cancelled' });
          return unwrap(await call('nextTokens', model, plain)).value as TokenCandidate[];
        },
      };
    },
    async close() {
      await context.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    },
  };
}
