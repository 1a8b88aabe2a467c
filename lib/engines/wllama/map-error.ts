import { AppError } from '../../errors';

/**
 * wllama's failures as AppErrors. Its own classes are matched by name and type (not imported) so this
 * file stays free of wllama's code and testable in Node.
 */
export function mapWllamaError(error: unknown, stage: 'load' | 'run'): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Error) {
    if (error.name === 'AbortError' || error.name === 'WllamaAbortError') return new AppError('cancelled');
    const type = (error as Error & { type?: unknown }).type;
    if (type === 'download_error') return new AppError('model-download-failed', undefined, { cause: error });
    if (error.name === 'QuotaExceededError')
      return new AppError('model-storage-full', undefined, { cause: error });
    // A fetch that never answered (unreachable host) is a download failure, not a model failure.
    if (stage === 'load' && (error instanceof TypeError || /fetch|download|status/i.test(error.message))) {
      return new AppError('model-download-failed', undefined, { cause: error });
    }
  }
  return new AppError('model-failed', undefined, { cause: error });
}
