import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mapWebLlmError, WEBLLM_ERRORS } from '../../../../lib/engines/webllm/map-error';

function named(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

const webLlmSource = readFileSync(createRequire(import.meta.url).resolve('@mlc-ai/web-llm'), 'utf8');

describe('mapWebLlmError', () => {
  it('web-llm’s cache layer throws the untyped "Cannot fetch" this file recognises', () => {
    expect(webLlmSource).toContain('throw Error("Cannot fetch " + url)');
  });

  it.each(Object.entries(WEBLLM_ERRORS))('web-llm really names an error %s (→ %s)', (name) => {
    expect(webLlmSource).toContain(`this.name = "${name}"`);
  });

  it.each([
    [named('WebGPUNotAvailableError'), 'webgpu-unavailable'],
    [named('WebGPUNotFoundError'), 'webgpu-unavailable'],
    [named('ShaderF16SupportError'), 'model-needs-f16'],
    // web-llm's MissingModelWasmError, as it names itself.
    [named('MissingModelError'), 'model-lib-not-bundled'],
    [new DOMException('quota', 'QuotaExceededError'), 'model-storage-full'],
    [new TypeError('Failed to fetch'), 'model-download-failed'],
    [named('NetworkError', 'offline'), 'model-download-failed'],
    [new Error('Cannot fetch http://127.0.0.1:9/models/test/mlc-chat-config.json'), 'model-download-failed'],
    [new DOMException('stop', 'AbortError'), 'cancelled'],
    [named('DeviceLostError', 'GPU device lost'), 'model-failed'],
    ['a string', 'model-failed'],
  ])('maps %s to %s', (error, code) => {
    expect(mapWebLlmError(error).code).toBe(code);
  });
});
