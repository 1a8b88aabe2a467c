import type { Plugin } from 'vite';

/** wllama's default "compat" resources (Safari without JSPI): a worker script and a .wasm on a CDN. */
export const WLLAMA_COMPAT_HOST = 'https://cdn.jsdelivr.net/npm/@wllama/wllama-compat@';

/**
 * Build step: wllama carries CDN addresses for its compat mode. The engine turns that mode off
 * (lib/engines/wllama/engine.ts: setCompat(null)), but code addresses must not ship at all: they are
 * rewritten to a path inside the extension that does not exist. If a wllama upgrade moves them, the
 * build fails here instead of shipping a new remote address.
 */
export function noRemoteWllamaCompat(): Plugin {
  let sawWllama = false;
  let rewrote = false;
  return {
    name: 'cogenesis:no-remote-wllama-compat',
    transform(code, id) {
      if (!/[\\/]@wllama[\\/]wllama[\\/]esm[\\/]index\.js$/.test(id)) return null;
      sawWllama = true;
      if (!code.includes(WLLAMA_COMPAT_HOST)) return null;
      rewrote = true;
      return { code: code.split(WLLAMA_COMPAT_HOST).join('/wllama/compat-not-bundled@'), map: null };
    },
    buildEnd() {
      if (sawWllama && !rewrote)
        this.error(
          `wllama no longer holds ${WLLAMA_COMPAT_HOST}; find its compat address and update scripts/lib/no-remote-wllama-compat.ts.`,
        );
    },
  };
}
