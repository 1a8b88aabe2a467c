import { openDb } from '../db';
import type { AuditEntry, AuditOutcome, AuditWriter } from './types';

/** Writes an entry (status 'sending' before a request leaves) and returns its id. */
export async function beginAudit(entry: AuditEntry): Promise<number> {
  const db = await openDb();
  return db.add('audit', entry);
}

/** Completes an entry with its outcome. A missing entry (the log was cleared meanwhile) stays missing. */
export async function settleAudit(id: number, outcome: AuditOutcome): Promise<void> {
  const db = await openDb();
  const tx = db.transaction('audit', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry) await tx.store.put({ ...entry, ...outcome });
  await tx.done;
}

export const auditLog: AuditWriter = { begin: beginAudit, settle: settleAudit };

/**
 * Called when an engine host starts: every entry still 'sending' from before `startedAt` belongs to a
 * host that stopped mid-request (only one host runs at a time), so the endpoint may have received it.
 */
export async function markInterrupted(startedAt: number): Promise<number> {
  const db = await openDb();
  const tx = db.transaction('audit', 'readwrite');
  let marked = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.status !== 'sending' || cursor.value.time >= startedAt) continue;
    await cursor.update({ ...cursor.value, status: 'interrupted' });
    marked++;
  }
  await tx.done;
  return marked;
}

export interface AuditPage {
  /** Newest first, each with its natural number (the oldest entry is 1). */
  entries: { number: number; entry: AuditEntry }[];
  total: number;
}

/** One page of the log, newest first; `page` 0 is the newest. */
export async function listAuditPage(page: number, size: number): Promise<AuditPage> {
  const db = await openDb();
  const tx = db.transaction('audit');
  const total = await tx.store.count();
  const entries: AuditPage['entries'] = [];
  let cursor = await tx.store.openCursor(null, 'prev');
  if (cursor && page > 0) cursor = await cursor.advance(page * size);
  while (cursor && entries.length < size) {
    entries.push({ number: total - page * size - entries.length, entry: cursor.value });
    cursor = await cursor.continue();
  }
  return { entries, total };
}

/** Every entry, oldest first (for export). */
export async function listAllAudit(): Promise<AuditEntry[]> {
  const db = await openDb();
  return db.getAll('audit');
}

export async function clearAudit(): Promise<void> {
  const db = await openDb();
  await db.clear('audit');
}
