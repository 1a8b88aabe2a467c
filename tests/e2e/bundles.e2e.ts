import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionBundles, remoteCodeInBuild, WEBLLM_MARKERS } from '../../scripts/lib/bundles';
import { EXTENSION_DIR } from './harness/browser';

describe('built bundles', () => {
  const bundles = extensionBundles(EXTENSION_DIR);

  it.each(['content script', 'content writer', 'panel', 'popup', 'options', 'background'])(
    'the %s carries no web-llm code',
    (entry) => {
      const bundle = bundles.find((b) => b.entry === entry);
      expect(bundle?.files.length).toBeGreaterThan(0);
      expect(bundle?.hasWebLlm).toBe(false);
    },
  );

  it.each(['content script', 'content writer', 'panel', 'popup', 'options', 'background'])(
    'the %s carries no wllama code',
    (entry) => {
      expect(bundles.find((b) => b.entry === entry)?.hasWllama).toBe(false);
    },
  );

  it('wllama exists in the build, in the engine host only, with its program inside the extension', async () => {
    expect(bundles.find((b) => b.entry === 'offscreen')?.hasWllama).toBe(true);
    const { statSync } = await import('node:fs');
    // About 10 MB of llama.cpp in WebAssembly, copied from node_modules by wxt.config.ts.
    expect(statSync(resolve(EXTENSION_DIR, 'wllama', 'wllama.wasm')).size).toBeGreaterThan(1_000_000);
  });

  it('web-llm exists in the build, in the worker only (the check can find it)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const assets = resolve(EXTENSION_DIR, 'assets');
    const workers = readdirSync(assets).filter((f) => f.startsWith('worker-'));
    expect(workers.length).toBe(1);
    const code = readFileSync(resolve(assets, workers[0] ?? ''), 'utf8');
    expect(WEBLLM_MARKERS.every((marker) => code.includes(marker))).toBe(true);
  });

  // Model libraries (.wasm) are code: the build carries no address to fetch code from, web-llm's
  // default library host included (scripts/lib/no-remote-model-libs.ts rewrites it).
  it('no script of the build holds a code-host or remote .wasm address', () => {
    expect(remoteCodeInBuild(EXTENSION_DIR)).toEqual([]);
  });

  it('the content script, loader and lazily loaded writer together, stays under 25 KB gzipped', () => {
    const loader = bundles.find((b) => b.entry === 'content script')?.gzipBytes ?? Infinity;
    const writer = bundles.find((b) => b.entry === 'content writer')?.gzipBytes ?? Infinity;
    expect(loader + writer).toBeLessThan(25 * 1024);
    // What every page pays before a field is focused.
    expect(loader).toBeLessThan(4 * 1024);
  });
});
