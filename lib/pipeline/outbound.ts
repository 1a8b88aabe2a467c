import type { AuditEntry } from '../audit/types';
import type { ChatMessage, CloudClient } from '../engines/types';
import { AppError, toAppError } from '../errors';
import { guardPayload, RestoreStream } from '../privacy';
import type { PreparedContext, PrivacyPolicy, Vault } from '../privacy/types';
import type { JobDeps, JobInput } from './types';

/** Throws guard-blocked, naming what remains, unless every message passes the outbound guard. */
export function assertGuarded(
  messages: ChatMessage[],
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  issued?: Vault,
): void {
  for (const message of messages) {
    const result = guardPayload(message.content, prepared, policy, undefined, issued);
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
    /** The job's vault: only its placeholders are skipped by the guard. */
    issued?: Vault;
  },
  deps: JobDeps,
): AsyncGenerator<string> {
  assertGuarded(messages, deps.prepared, meta.policy, meta.issued);
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

/**
 * One cloud request of a text variant: guarded, audited, streamed to `show` with placeholders put
 * back on the device (never half a placeholder). Returns the restored reply.
 */
export async function cloudReplyRestored(
  cloud: CloudClient,
  messages: ChatMessage[],
  purpose: AuditEntry['purpose'],
  vault: Vault,
  input: JobInput,
  deps: JobDeps,
  show: (text: string) => void,
): Promise<string> {
  const restorer = new RestoreStream(vault);
  const meta = {
    site: input.site,
    purpose,
    withheld: Object.keys(vault).length,
    policy: input.policy,
    signal: input.signal,
    issued: vault,
  };
  let restored = '';
  const emit = (text: string) => {
    restored += text;
    if (text) show(text);
  };
  for await (const delta of sendToCloud(cloud, messages, meta, deps)) emit(restorer.push(delta));
  emit(restorer.end());
  return restored;
}
