import { AppError, type ErrorCode } from '../../errors';

/**
 * web-llm's error classes, by the `name` each sets, mapped to ours. web-llm does not export its error
 * classes, so `instanceof` is impossible; tests/unit/engines/webllm/map-error.test.ts checks every
 * name here against web-llm's own source, so an upgrade that renames one fails there, not silently.
 * (MissingModelWasmError sets its name to "MissingModelError".)
 */
export const WEBLLM_ERRORS: Readonly<Record<string, ErrorCode>> = {
  WebGPUNotAvailableError: 'webgpu-unavailable',
  WebGPUNotFoundError: 'webgpu-unavailable',
  ShaderF16SupportError: 'model-needs-f16',
  FeatureSupportError: 'model-needs-f16',
  MissingModelError: 'model-lib-not-bundled',
  DeviceLostError: 'model-failed',
};

/** Browser errors that web-llm lets through while fetching or storing a model. */
const PLATFORM_ERRORS: Readonly<Record<string, ErrorCode>> = {
  AbortError: 'cancelled',
  QuotaExceededError: 'model-storage-full',
  NetworkError: 'model-download-failed',
};

export function mapWebLlmError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const code = WEBLLM_ERRORS[name] ?? PLATFORM_ERRORS[name];
  if (code) return new AppError(code, undefined, { cause: error });
  // fetch rejects with a plain TypeError when the network fails, and web-llm's cache layer (tvmjs)
  // throws a plain Error "Cannot fetch <url>": neither carries any other type.
  if (error instanceof TypeError || (error instanceof Error && error.message.startsWith('Cannot fetch ')))
    return new AppError('model-download-failed', undefined, { cause: error });
  return new AppError('model-failed', undefined, { cause: error });
}
