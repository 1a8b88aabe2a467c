import { describe, expect, it, vi } from 'vitest';
import { chooseLocalEngine } from '../../../lib/engines/choose-local';
import { ENDPOINT_FALLBACK } from '../../../lib/settings/endpoints';

const quiet = { allowDownload: false, onProgress: () => undefined };

describe('chooseLocalEngine', () => {
  it('gives the loopback server engine when the settings choose it', async () => {
    const engine = await chooseLocalEngine({ ...ENDPOINT_FALLBACK, localEngine: 'server' }, quiet);
    expect(engine.kind).toBe('server');
  });

  it('offers the CPU engine when no model is chosen and none fits this device (Node has no GPU)', async () => {
    // The engine host is an extension page; the CPU engine resolves its wasm against that origin.
    vi.stubGlobal('location', new URL('chrome-extension://test/offscreen.html'));
    try {
      const engine = await chooseLocalEngine({ ...ENDPOINT_FALLBACK, localEngine: 'webllm' }, quiet);
      expect(engine.kind).toBe('wllama');
      expect(engine.label).toMatch(/\(CPU\)/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives the CPU engine when the settings choose it', async () => {
    vi.stubGlobal('location', new URL('chrome-extension://test/offscreen.html'));
    try {
      const engine = await chooseLocalEngine({ ...ENDPOINT_FALLBACK, localEngine: 'wllama' }, quiet);
      expect(engine.kind).toBe('wllama');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
