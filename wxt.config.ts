import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noRemoteModelLibs } from './scripts/lib/no-remote-model-libs';
import { noRemoteWllamaCompat } from './scripts/lib/no-remote-wllama-compat';

/**
 * WXT's content-script context announces the extension id to every page (a postMessage and a
 * document event) and obeys a forgeable event from the page; ours touches nothing of the page.
 */
const QUIET_CONTEXT = fileURLToPath(new URL('./lib/content/quiet-context.ts', import.meta.url));

/** The CPU engine's program (llama.cpp in WebAssembly), shipped inside the extension, never fetched. */
const WLLAMA_WASM = fileURLToPath(
  new URL('./node_modules/@wllama/wllama/esm/wasm/wllama.wasm', import.meta.url),
);

// Test builds (COGENESIS_TEST=1) may talk to loopback stand-ins; release builds are identical otherwise.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact(), noRemoteModelLibs(), noRemoteWllamaCompat()],
    // web-llm is bundled into the engine host's worker, which Vite builds with these plugins.
    worker: { plugins: () => [noRemoteModelLibs()] },
    resolve: { alias: { 'wxt/utils/content-script-context': QUIET_CONTEXT } },
    build: { sourcemap: false },
  }),
  hooks: {
    // Same path as lib/engines/wllama/from-catalog.ts (WLLAMA_WASM_PATH).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: WLLAMA_WASM, relativeDest: 'wllama/wllama.wasm' });
    },
  },
  manifest: ({ browser }) => ({
    name: 'CoGenesis',
    description:
      'Private writing in any text box: a model on your device knows your context; the cloud model never sees it.',
    permissions: [
      'storage',
      // No activeTab: the shortcut and the menu reach the content script, which every page has.
      'contextMenus',
      // Model weights are hundreds of megabytes; without this the browser may evict or refuse them.
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Kept, not narrowed to optional per-endpoint grants: (1) the background decides each frame's mode
    // by its tab's top-level URL (sender.tab.url), which the browser fills in only with host access;
    // (2) the engine host calls user-chosen cloud and loopback endpoints, many of which send no CORS
    // headers; (3) the content script runs on every page anyway. The outbound guard decides what may
    // leave, and the popup confirm window is opened by the extension, not by pages.
    host_permissions: ['<all_urls>'],
    content_security_policy: {
      // Firefox holds blob: workers to script-src; wllama starts llama.cpp and its cache writer in
      // workers made from code in its bundle (a blob: URL), never fetched. Scripts stay 'self' only.
      // (Chrome lets an extension page start a blob: worker of its own origin under 'self'.)
      extension_pages:
        browser === 'firefox'
          ? "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; object-src 'self';"
          : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    // panel.html is framed into pages; writer.js (and guard.js on Guard sites) is imported by the loader.
    // Chrome: reachable only through a per-session dynamic URL, so a page can neither probe for the
    // extension by its fixed id nor learn the id from the panel's address. (Firefox's moz-extension
    // host is already a per-install UUID; see SECURITY.md for where it can still be seen.)
    web_accessible_resources: [
      {
        resources: ['panel.html', 'writer.js', 'guard.js'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+G', mac: 'Alt+Shift+G' },
        description: 'Draft privately from the focused field',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cogenesis@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
