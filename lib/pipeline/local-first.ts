import { AppError } from '../errors';
import type { LocalServerEndpoint } from '../settings/endpoints';
import { assertLoopback } from '../engines/loopback';
import { noRedirectFetch } from '../engines/no-redirect';

/** Long enough for a busy server on a loaded machine to answer a GET; a stopped one refuses at once. */
const CHECK_MS = 10_000;

/**
 * Before a cloud mode sends anything: is the local model server answering? The draft is written on
 * this device after the cloud's part, so a server that is down would only be found out after the
 * redacted text had already left (and left again on every Try again). Any HTTP answer counts as up
 * (some servers have no /models); only no answer at all is "down". Nothing private is in this request.
 */
export async function checkLocalServer(
  endpoint: LocalServerEndpoint,
  signal: AbortSignal,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<void> {
  assertLoopback(endpoint.baseURL);
  const url = `${endpoint.baseURL.replace(/\/+$/, '')}/models`;
  const timeout = AbortSignal.timeout(CHECK_MS);
  try {
    const response = await noRedirectFetch(fetchImpl)(url, {
      method: 'GET',
      signal: AbortSignal.any([signal, timeout]),
      headers: { Authorization: `Bearer ${endpoint.apiKey || 'local'}` },
    });
    await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    if (signal.aborted) throw new AppError('cancelled');
    if (error instanceof AppError) throw error;
    throw new AppError('local-unreachable', 'Nothing was sent to the cloud.', { cause: error });
  }
}
