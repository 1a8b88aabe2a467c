import type { AuditEntry } from '../audit/types';
import type { ChatMessage, CloudClient } from '../engines/types';
import { AppError, toAppError } from '../errors';
import { guardPayload } from '../privacy';
import type { PreparedContext, PrivacyPolicy } from '../privacy/types';
import type { JobDeps } from './types';

/** Throws guard-blocked, naming what remains, unless every message passes the outbound guard. */
export function assertGuarded(
  messages: ChatMessage[],
  prepared: PreparedContext,
  policy: PrivacyPolicy,
): void {
  for (const message of messages) {
    const result = guardPayload(message.content, prepared, policy);
    if (!result.ok) {
      const items = result.found.map((item) => (item.text ? `"${item.text}" (${item.source})` : item.source));
      throw new AppError('guard-blocked', `Still present: ${[...new Set(items)].join(', ')}.`);
    }
  }
}

/**
 * The only way a payload reaches the cloud: guard, send, and record it in the audit log as sent or
 * failed. Yields the reply's deltas.
 */
export async function* sendToCloud(
  cloud: CloudClient,
  messages: ChatMessage[],
  meta: {
    site: string;
    purpose: AuditEntry['purpose'];
    withheld: number;
    policy: PrivacyPolicy;
    signal: AbortSignal;
  },
  deps: JobDeps,
): AsyncGenerator<string> {
  assertGuarded(messages, deps.prepared, meta.policy);
  const base = {
    time: deps.now(),
    site: meta.site,
    endpoint: cloud.endpoint,
    model: cloud.model,
    purpose: meta.purpose,
    payload: messages,
    withheld: meta.withheld,
  };
  try {
    yield* cloud.chat({ messages, signal: meta.signal });
  } catch (error) {
    const appError = toAppError(error);
    await deps.audit({ ...base, status: 'failed', error: appError.code });
    throw appError;
  }
  await deps.audit({ ...base, status: 'sent' });
}
