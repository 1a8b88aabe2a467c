import type { SerializedError } from '../errors';
import { isEnvelope, type Envelope, type Reply } from './envelope';

/**
 * The few RPC pieces the content script's loader needs, typed by the protocol like rpc.ts but
 * importing neither the browser wrapper nor the error catalogue: the loader runs on every page and
 * must stay small (tests/e2e/bundles.e2e.ts). rpc.ts is the full version for everyone else.
 */

/** A request of `method` from protocol P. */
export function envelopeOf<P, K extends keyof P & string>(
  method: K,
  params: P[K] extends (params: infer A) => unknown ? A : never,
): Envelope {
  return { cogenesis: 1, method, params };
}

/** Is `message` a call of `method` of protocol P? Its params are still unchecked. */
export function isCall<P>(message: unknown, method: keyof P & string): message is Envelope {
  return isEnvelope(message) && message.method === method;
}

/**
 * The error as it crosses the wire, its code kept. An AppError from any bundle (the writer is a
 * separate module with its own copy of the class) serialises itself; anything else is `internal`.
 * The receiver (rpc.ts, deserializeError) checks the code against the catalogue.
 */
export function wireError(error: unknown): SerializedError {
  const json: unknown =
    typeof error === 'object' && error !== null && 'toJSON' in error && typeof error.toJSON === 'function'
      ? (error.toJSON as () => unknown).call(error)
      : undefined;
  if (typeof json === 'object' && json !== null && typeof (json as { code?: unknown }).code === 'string')
    return json as SerializedError;
  return { code: 'internal' };
}

/** Answers a runtime message with what `work` resolves to, or with its error's code. */
export function replyWith<T>(respond: (reply: Reply<T>) => void, work: Promise<T>): void {
  work.then(
    (value) => respond({ ok: true, value }),
    (error: unknown) => respond({ ok: false, error: wireError(error) }),
  );
}
