import type { Plugin } from 'vite';

/** web-llm's default address for model libraries (.wasm, code): a code host. */
export const WEBLLM_LIB_HOST =
  'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/';

/**
 * Build step: web-llm carries its code host as the default for every prebuilt model's library. The
 * catalog always names a file inside the extension and the worker refuses anything else, but the
 * default must not ship either: it is rewritten to a path inside the extension. If a web-llm upgrade
 * moves that default, the build fails here instead of shipping a new remote address.
 */
export function noRemoteModelLibs(): Plugin {
  let sawWebLlm = false;
  let rewrote = false;
  return {
    name: 'cogenesis:no-remote-model-libs',
    transform(code, id) {
      if (!/[\\/]@mlc-ai[\\/]web-llm[\\/]lib[\\/]index\.js$/.test(id)) return null;
      sawWebLlm = true;
      if (!code.includes(WEBLLM_LIB_HOST)) return null;
      rewrote = true;
      return { code: code.split(WEBLLM_LIB_HOST).join('/model-libs/web-llm-default/'), map: null };
    },
    buildEnd() {
      if (sawWebLlm && !rewrote)
        this.error(
          `web-llm no longer holds ${WEBLLM_LIB_HOST}; find its default model-library address and update scripts/lib/no-remote-model-libs.ts.`,
        );
    },
  };
}
