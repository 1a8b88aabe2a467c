import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { remoteCodeInBuild, remoteCodeUrls } from '../../../scripts/lib/bundles';
import { noRemoteModelLibs, WEBLLM_LIB_HOST } from '../../../scripts/lib/no-remote-model-libs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogenesis-bundle-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'background.js'), 'fetch("https://api.example.com/v1/models");');
  writeFileSync(
    join(dir, 'assets', 'worker-a.js'),
    'const w="https://huggingface.co/mlc-ai/x/resolve/main/";',
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundle check for remote code', () => {
  it('passes a build whose only addresses are APIs and model weights (data)', () => {
    expect(remoteCodeInBuild(dir)).toEqual([]);
  });

  it.each([
    `${WEBLLM_LIB_HOST}v0_2_86/base/Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm`,
    'https://cdn.jsdelivr.net/npm/some-lib@1/dist/index.js',
    'https://models.example.org/libs/model.wasm',
  ])('fails a build with %s planted in the worker', (url) => {
    writeFileSync(join(dir, 'assets', 'worker-a.js'), `const lib = "${url}";`);
    expect(remoteCodeInBuild(dir)).toEqual([{ file: join('assets', 'worker-a.js'), urls: [url] }]);
  });

  it('finds an address inside minified code, between other characters', () => {
    expect(remoteCodeUrls('a="https://unpkg.com/x@1/y.js",b=1')).toEqual(['https://unpkg.com/x@1/y.js']);
  });
});

describe('the build step that strips web-llm’s default library host', () => {
  const require = createRequire(import.meta.url);
  const webLlmIndex = join(dirname(require.resolve('@mlc-ai/web-llm')), 'index.js');

  function run(code: string, id: string) {
    const plugin = noRemoteModelLibs();
    const errors: string[] = [];
    const context = { error: (message: string) => errors.push(message) };
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const out = transform.call(context, code, id);
    (plugin.buildEnd as (this: unknown) => void).call(context);
    return { out, errors };
  }

  it('rewrites the installed web-llm so that no code-host address is left', () => {
    const { out, errors } = run(readFileSync(webLlmIndex, 'utf8'), webLlmIndex);
    expect(errors).toEqual([]);
    expect(out?.code.includes(WEBLLM_LIB_HOST)).toBe(false);
    expect(remoteCodeUrls(out?.code ?? '')).toEqual([]);
  });

  it('fails the build loudly when web-llm moved its default', () => {
    const { errors } = run('const modelLibURLPrefix = "https://elsewhere.example/libs/";', webLlmIndex);
    expect(errors).toHaveLength(1);
  });
});
