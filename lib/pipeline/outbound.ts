import type { AuditPurpose } from '../audit/types';
import { withheldKinds } from '../audit/withheld';
import type { ChatMessage, CloudClient, Outbound } from '../engines/types';
import { AppError } from '../errors';
import { guardPayload, RestoreStream } from '../privacy';
import type { PreparedContext, PrivacyPolicy, Vault } from '../privacy/types';
import type { JobDeps, JobInput } from './types';

/**
 * The outbound guard for one text: throws guard-blocked, naming where what remains comes from (a
 * profile field, a fact), never the value: an error's detail travels and may be logged (errors.ts).
 * The review shows the values themselves, on the device, from its own guard result.
 */
export function guardText(
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  issued?: Vault,
): (text: string) => void {
  return (text) => {
    const result = guardPayload(text, prepared, policy, undefined, issued);
    if (result.ok) return;
    const sources = new Set(result.found.map((item) => item.source));
    throw new AppError('guard-blocked', `Still present: ${[...sources].join(', ')}.`);
  };
}

/** What the egress needs to let a job's request leave: the guard over the exact body, and the audit log. */
export function outboundOf(
  meta: {
    site: string;
    purpose: AuditPurpose;
    withheld: number;
    policy: PrivacyPolicy;
    /** The job's vault: only its placeholders are skipped by the guard. */
    issued?: Vault;
  },
  deps: JobDeps,
): Outbound {
  return {
    site: meta.site,
    purpose: meta.purpose,
    withheld: meta.withheld,
    // The vault's keys are the placeholders sent ("[PERSON_1]"): their kinds, not their values.
    ...(meta.issued ? { withheldKinds: withheldKinds(Object.keys(meta.issued)) } : {}),
    guard: guardText(deps.prepared, meta.policy, meta.issued),
    audit: deps.audit,
    now: deps.now,
  };
}

/** Tokens the cloud may write: an outline is short; a Redacted cloud draft is a whole text. */
const MAX_TOKENS: Record<'sketch' | 'draft', number> = { sketch: 1024, draft: 2048 };

/**
 * A text variant's cloud request. The egress (lib/engines/egress.ts) guards the exact body, writes the
 * audit entry before the request leaves and settles it after. Yields the reply's deltas.
 */
export function sendToCloud(
  cloud: CloudClient,
  messages: ChatMessage[],
  meta: {
    site: string;
    purpose: 'sketch' | 'draft';
    withheld: number;
    policy: PrivacyPolicy;
    signal: AbortSignal;
    issued?: Vault;
  },
  deps: JobDeps,
): AsyncIterable<string> {
  return cloud.chat(
    { messages, maxTokens: MAX_TOKENS[meta.purpose], signal: meta.signal },
    outboundOf(meta, deps),
  );
}

/**
 * One cloud request of a text variant: guarded, audited, streamed to `show` with placeholders put
 * back on the device (never half a placeholder). Returns the restored reply.
 */
export async function cloudReplyRestored(
  cloud: CloudClient,
  messages: ChatMessage[],
  purpose: 'sketch' | 'draft',
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
