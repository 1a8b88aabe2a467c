import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noRemoteModelLibs } from './scripts/lib/no-remote-model-libs';

// Test builds (COGENESIS_TEST=1) may talk to loopback stand-ins; release builds are identical otherwise.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact(), noRemoteModelLibs()],
    // web-llm is bundled into the engine host's worker, which Vite builds with these plugins.
    worker: { plugins: () => [noRemoteModelLibs()] },
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'CoGenesis',
    description:
      'Private writing in any text box: a model on your device knows your context; the cloud model never sees it.',
    permissions: [
      'storage',
      'activeTab',
      'contextMenus',
      // Model weights are hundreds of megabytes; without this the browser may evict or refuse them.
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Cloud endpoints are user-chosen, so requests go to any origin; the outbound guard decides what may leave.
    host_permissions: ['<all_urls>'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    // panel.html is framed into pages; content-writer.js is imported by the content script's loader.
    web_accessible_resources: [{ resources: ['panel.html', 'content-writer.js'], matches: ['<all_urls>'] }],
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
