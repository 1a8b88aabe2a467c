import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { CATALOG, MODEL_LIB_DIR } from '../../../../models/catalog';
import { bundledLibUrl } from '../../../../lib/engines/webllm/model-lib';

const WORKER = 'chrome-extension://abcdefghijklmnop/assets/worker-x.js';

describe('bundledLibUrl: model libraries (code) only from inside the extension', () => {
  it.each([
    ['/model-libs/a.wasm', WORKER, 'chrome-extension://abcdefghijklmnop/model-libs/a.wasm'],
    [
      'model-libs/a.wasm',
      'chrome-extension://abcdefghijklmnop/offscreen.html',
      'chrome-extension://abcdefghijklmnop/model-libs/a.wasm',
    ],
    [
      '/model-libs/a.wasm',
      'moz-extension://1234-uuid/background.html',
      'moz-extension://1234-uuid/model-libs/a.wasm',
    ],
  ])('accepts %s from %s', (lib, base, href) => expect(bundledLibUrl(lib, base)).toBe(href));

  it.each([
    [
      'web-llm’s default code host',
      'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/x.wasm',
    ],
    ['a scheme-relative address', '//evil.example/x.wasm'],
    ['another extension', 'chrome-extension://otherextensionid/x.wasm'],
    ['loopback', 'http://127.0.0.1:9/libs/test.wasm'],
    ['a data URL', 'data:application/wasm;base64,AGFzbQ=='],
    ['nothing', undefined],
  ])('refuses %s', (_what, lib) => {
    expect(() => bundledLibUrl(lib, WORKER)).toThrow(
      expect.objectContaining({ code: 'model-lib-not-bundled' }),
    );
  });
});

describe('the catalog', () => {
  it.each(CATALOG.map((m) => [m.id, m.modelLib]))('%s names a library inside the extension', (_id, lib) => {
    expect(lib.startsWith(`${MODEL_LIB_DIR}/`)).toBe(true);
    expect(() => bundledLibUrl(lib, WORKER)).not.toThrow();
  });

  // The library must match the installed web-llm runtime: the same file web-llm would have fetched.
  it.each(CATALOG.map((m) => [m.id, m.modelLib]))('%s names web-llm’s own library file', (id, lib) => {
    const record = prebuiltAppConfig.model_list.find((r) => r.model_id === id);
    expect(record?.model_lib.split('/').at(-1)).toBe(lib.split('/').at(-1));
  });
});
