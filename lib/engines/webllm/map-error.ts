import { AppError } from '../../errors';

/**
 * web-llm's failures, by name, mapped to ours. By name rather than by class so that this file, and
 * whatever imports it, never pulls web-llm's 6 MB into a bundle.
 */
export function mapWebLlmError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'AbortError') return new AppError('cancelled');
  if (name === 'WebGPUNotAvailableError' || name === 'WebGPUNotFoundError')
    return new AppError('webgpu-unavailable');
  if (name === 'ShaderF16SupportError' || name === 'FeatureSupportError')
    return new AppError('model-needs-f16');
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new AppError('model-storage-full');
  if (
    name === 'NetworkError' ||
    name === 'MissingModelWasmError' ||
    /failed to fetch|networkerror|fetch.*failed|load failed|ERR_CONNECTION|cannot fetch/i.test(message)
  ) {
    return new AppError('model-download-failed', undefined, { cause: error });
  }
  return new AppError('model-failed', undefined, { cause: error });
}
