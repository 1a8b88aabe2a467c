import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AppError } from '../errors';
import { IdleTimeout } from './openai-stream';
import { HttpStatusError, MissingLogprobsError, TotalTimeout } from './reply-errors';

/** Our own error raised inside the SDK's fetch (a refused redirect, a reply too large), if that is what this is. */
function ownCause(error: unknown): AppError | undefined {
  return error instanceof APIConnectionError && error.cause instanceof AppError ? error.cause : undefined;
}

/** One place that turns the SDK's errors into ours, for the cloud side; by class and typed status only. */
export function mapCloudError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const own = ownCause(error);
  if (own) return own;
  if (error instanceof IdleTimeout || error instanceof APIConnectionTimeoutError)
    return new AppError('cloud-timeout');
  if (error instanceof TotalTimeout) return new AppError('cloud-timeout');
  if (error instanceof APIUserAbortError) return new AppError('cancelled');
  if (error instanceof APIConnectionError) return new AppError('cloud-unreachable');
  if ((error instanceof APIError || error instanceof HttpStatusError) && typeof error.status === 'number') {
    const status = error.status;
    const detail = `(HTTP ${status})`;
    if (status === 401 || status === 403) return new AppError('cloud-auth', detail);
    if (status === 429) return new AppError('cloud-rate-limit', detail);
    if (status >= 500) return new AppError('cloud-server', detail);
    return new AppError('cloud-bad-request', detail);
  }
  if (error instanceof Error && error.name === 'AbortError') return new AppError('cancelled');
  if (error instanceof MissingLogprobsError) return new AppError('cloud-no-logprobs');
  // FusionDriverError, JSON parse failures inside the SSE stream and chunks of the wrong shape.
  return new AppError('cloud-malformed', undefined, { cause: error });
}

/** The same for the local server engine: its failures are never the cloud's. */
export function mapLocalError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const own = ownCause(error);
  if (own) return own;
  if (error instanceof APIUserAbortError) return new AppError('cancelled');
  if (error instanceof IdleTimeout || error instanceof APIConnectionError)
    return new AppError('local-unreachable');
  if (error instanceof Error && error.name === 'AbortError') return new AppError('cancelled');
  const status =
    error instanceof APIError && typeof error.status === 'number' ? ` (HTTP ${error.status})` : '';
  return new AppError('local-failed', status || undefined, { cause: error });
}
