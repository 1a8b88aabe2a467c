import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors';
import { mapWllamaError } from '../../../lib/engines/wllama/map-error';

function named(name: string, message = 'x', type?: string): Error {
  const error = Object.assign(new Error(message), type ? { type } : {});
  error.name = name;
  return error;
}

describe('wllama failures as AppErrors', () => {
  it.each([
    ['an abort', named('WllamaAbortError'), 'run', 'cancelled'],
    ['a fetch abort', named('AbortError'), 'load', 'cancelled'],
    ['a download error', named('WllamaError', 'HTTP 404', 'download_error'), 'load', 'model-download-failed'],
    ['an unreachable host while loading', new TypeError('Failed to fetch'), 'load', 'model-download-failed'],
    ['a full disk', named('QuotaExceededError'), 'load', 'model-storage-full'],
    ['a bad file while loading', named('WllamaError', 'invalid magic', 'load_error'), 'load', 'model-failed'],
    ['a runtime crash', named('WllamaRuntimeError', 'memory access out of bounds'), 'run', 'model-failed'],
    ['a TypeError while running', new TypeError('Failed to fetch'), 'run', 'model-failed'],
    ['anything else', 'a string', 'run', 'model-failed'],
  ] as const)('%s', (_, error, stage, code) => {
    expect(mapWllamaError(error, stage).code).toBe(code);
  });

  it('keeps an AppError as it is', () => {
    const error = new AppError('model-not-downloaded');
    expect(mapWllamaError(error, 'load')).toBe(error);
  });
});
