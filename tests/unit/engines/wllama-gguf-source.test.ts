import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors';
import { resolveGgufModel } from '../../../lib/engines/wllama/gguf-source';
import { validateEndpoints, ENDPOINT_FALLBACK } from '../../../lib/settings/endpoints';
import { DEFAULT_GGUF_MODEL, GGUF_CATALOG } from '../../../models/gguf-catalog';

describe("the CPU engine's model choice", () => {
  it.each([
    ['unset', undefined, DEFAULT_GGUF_MODEL],
    ['empty', '  ', DEFAULT_GGUF_MODEL],
    ['a catalog id', GGUF_CATALOG[1]?.id, GGUF_CATALOG[1]?.id],
    ['an https address', 'https://example.org/m/tiny.gguf', 'https://example.org/m/tiny.gguf'],
    ['a loopback http address', 'http://127.0.0.1:8080/tiny.gguf', 'http://127.0.0.1:8080/tiny.gguf'],
  ])('%s resolves', (_, choice, id) => {
    expect(resolveGgufModel(choice).id).toBe(id);
  });

  it.each([
    ['an unknown id', 'SmolLM9-1T'],
    ['plain http across the network', 'http://example.org/tiny.gguf'],
    ['another scheme', 'file:///home/me/tiny.gguf'],
  ])('%s is refused as settings-invalid', (_, choice) => {
    let error: unknown;
    try {
      resolveGgufModel(choice);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('settings-invalid');
  });

  it('a named address takes its file name as the label and has no known size', () => {
    const model = resolveGgufModel('https://example.org/m/tiny.gguf?x=1');
    expect(model.label).toBe('tiny.gguf');
    expect(model.downloadMB).toBe(0);
  });

  it('settings with the CPU engine validate its model before saving', () => {
    expect(validateEndpoints({ ...ENDPOINT_FALLBACK, localEngine: 'wllama' }).localEngine).toBe('wllama');
    expect(() =>
      validateEndpoints({
        ...ENDPOINT_FALLBACK,
        localEngine: 'wllama',
        ggufModel: 'http://example.org/x.gguf',
      }),
    ).toThrow(AppError);
  });
});
