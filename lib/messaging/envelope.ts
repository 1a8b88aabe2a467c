import type { SerializedError } from '../errors';

/**
 * The wire shape of every runtime message (rpc.ts), apart so the content script's loader can answer
 * the trigger without loading the rest of the messaging layer.
 */
export interface Envelope {
  cogenesis: 1;
  method: string;
  params: unknown;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { cogenesis?: unknown }).cogenesis === 1 &&
    typeof (message as { method?: unknown }).method === 'string'
  );
}
