import { browser, type Browser } from 'wxt/browser';
import { AppError, deserializeError, serializeError } from '../errors';
import { isEnvelope, type Envelope, type Reply } from './envelope';

/**
 * Typed request/response over runtime messages. Listeners answer through sendResponse and return
 * true, which both Chrome and Firefox honour, so WXT's `browser` needs no polyfill here.
 */
type Protocol<P> = { [K in keyof P]: (params: never) => unknown };

export type Handlers<P extends Protocol<P>> = {
  [K in keyof P]: (
    params: Parameters<P[K]>[0],
    sender: Browser.runtime.MessageSender,
  ) => Promise<Awaited<ReturnType<P[K]>>> | Awaited<ReturnType<P[K]>>;
};

async function unwrap<T>(reply: unknown): Promise<T> {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new AppError('session-expired');
  const typed = reply as Reply<T>;
  if (typed.ok) return typed.value;
  throw deserializeError(typed.error);
}

export async function callBackground<P extends Protocol<P>, K extends keyof P & string>(
  method: K,
  params: Parameters<P[K]>[0],
): Promise<Awaited<ReturnType<P[K]>>> {
  const envelope: Envelope = { cogenesis: 1, method, params };
  return unwrap<Awaited<ReturnType<P[K]>>>(await browser.runtime.sendMessage(envelope));
}

export async function callTab<P extends Protocol<P>, K extends keyof P & string>(
  tabId: number,
  frameId: number | undefined,
  method: K,
  params: Parameters<P[K]>[0],
): Promise<Awaited<ReturnType<P[K]>>> {
  const envelope: Envelope = { cogenesis: 1, method, params };
  const reply: unknown = await browser.tabs.sendMessage(
    tabId,
    envelope,
    frameId === undefined ? undefined : { frameId },
  );
  return unwrap<Awaited<ReturnType<P[K]>>>(reply);
}

/**
 * Answers the methods in `handlers`; ignores every other message (other listeners may answer them).
 * Returns a function that removes the listener.
 */
export function serve<P extends Protocol<P>>(handlers: Partial<Handlers<P>>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: Reply<unknown>) => void,
  ): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.method)) return undefined;
    const handler = (handlers as Record<string, unknown>)[message.method] as (
      params: unknown,
      sender: Browser.runtime.MessageSender,
    ) => unknown;
    Promise.resolve()
      .then(() => handler(message.params, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: serializeError(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
