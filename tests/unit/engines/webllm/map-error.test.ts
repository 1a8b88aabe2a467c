import { mapWebLlmError } from '../../../../lib/engines/webllm/map-error';

function named(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('mapWebLlmError', () => {
  it.each([
    [named('WebGPUNotAvailableError'), 'webgpu-unavailable'],
    [named('WebGPUNotFoundError'), 'webgpu-unavailable'],
    [named('ShaderF16SupportError'), 'model-needs-f16'],
    [new DOMException('quota', 'QuotaExceededError'), 'model-storage-full'],
    [new TypeError('Failed to fetch'), 'model-download-failed'],
    [named('NetworkError', 'offline'), 'model-download-failed'],
    [new DOMException('stop', 'AbortError'), 'cancelled'],
    [named('DeviceLostError', 'GPU device lost'), 'model-failed'],
    ['a string', 'model-failed'],
  ])('maps %s to %s', (error, code) => {
    expect(mapWebLlmError(error).code).toBe(code);
  });
});
