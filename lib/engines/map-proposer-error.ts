import { AppError } from '../errors';

/** The fusion client's failures, as ours. */
export function mapProposerError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  if (name === 'AbortError') return new AppError('cancelled');
  if (name === 'TimeoutError') return new AppError('cloud-timeout');
  if (error instanceof TypeError) return new AppError('cloud-unreachable');
  const status = Number(/HTTP (\d{3})/.exec(message)?.[1] ?? NaN);
  if (status === 401 || status === 403) return new AppError('cloud-auth', `(HTTP ${status})`);
  if (status === 429) return new AppError('cloud-rate-limit', `(HTTP ${status})`);
  if (status >= 500) return new AppError('cloud-server', `(HTTP ${status})`);
  if (status >= 400) return new AppError('cloud-bad-request', `(HTTP ${status})`);
  return new AppError('cloud-malformed', undefined, { cause: error });
}
