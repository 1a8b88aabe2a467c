import { beginAudit } from '../audit/log';
import type { AuditEntry } from '../audit/types';
import type { PiiKind, Redaction } from '../privacy/types';
import type { GuardDecision, HoldReason } from './types';

/** What the activity log keeps of a held message: counts by kind and the decision, never a value. */
export interface GuardAuditPayload {
  guard: {
    reason: HoldReason;
    decision: GuardDecision;
    /** Placeholders withheld in the review, by kind (each value once). */
    withheld: Partial<Record<PiiKind, number>>;
  };
}

export function withheldByKind(redactions: readonly Redaction[]): Partial<Record<PiiKind, number>> {
  const seen = new Set<string>();
  const counts: Partial<Record<PiiKind, number>> = {};
  for (const r of redactions) {
    if (seen.has(r.placeholder)) continue;
    seen.add(r.placeholder);
    counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  }
  return counts;
}

/** The log entry for a held message (a pure function, so its no-values property is unit tested). */
export function guardAuditEntry(
  site: string,
  reason: HoldReason,
  decision: GuardDecision,
  counts: Partial<Record<PiiKind, number>>,
  now: number,
): AuditEntry {
  // Only a redacted send withheld anything; the counts are re-checked (they crossed a message port).
  const withheld: Partial<Record<PiiKind, number>> = {};
  if (decision === 'redacted')
    for (const [kind, n] of Object.entries(counts))
      if (/^[A-Z]{2,12}$/.test(kind) && Number.isSafeInteger(n) && (n ?? 0) > 0)
        withheld[kind as PiiKind] = n;
  const payload: GuardAuditPayload = { guard: { reason, decision, withheld } };
  return {
    time: now,
    site,
    // The text went (or would have gone) to the AI site's own page, not to an endpoint of ours.
    endpoint: `${site} (the site's own message box)`,
    model: 'AI chat site',
    purpose: 'guard',
    payload,
    withheld: Object.values(withheld).reduce((sum, n) => sum + (n ?? 0), 0),
    withheldKinds: { ...withheld },
    status: decision === 'edit' ? 'kept' : 'sent',
    settledAt: now,
  };
}

/**
 * Written by the engine host: the panel is framed in the AI site's page, where the browser gives it
 * a storage partition of its own, so the activity log (IndexedDB) is the host's to write.
 */
export async function logGuardDecision(entry: AuditEntry): Promise<void> {
  await beginAudit(entry);
}
