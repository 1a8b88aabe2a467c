import { openDb } from '../db';
import type { AuditEntry } from './types';

export async function recordAudit(entry: AuditEntry): Promise<number> {
  const db = await openDb();
  return db.add('audit', entry);
}

/** Newest first. */
export async function listAudit(limit = 200): Promise<AuditEntry[]> {
  const db = await openDb();
  const out: AuditEntry[] = [];
  let cursor = await db.transaction('audit').store.index('by-time').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function clearAudit(): Promise<void> {
  const db = await openDb();
  await db.clear('audit');
}
