import { AppError } from '../errors';

/**
 * A fetch that never follows a redirect. `redirect: 'manual'` stops at the first answer (an opaque
 * redirect in browsers, the 3xx itself in Node), which is then refused with a typed error: a 307 would
 * otherwise re-send the whole body, private context included, to whatever host it names.
 */
export function noRedirectFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      throw new AppError('endpoint-redirected');
    }
    return response;
  };
}
