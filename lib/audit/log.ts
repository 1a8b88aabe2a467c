import { openDb } from '../db';
import { notifyAuditChanged } from './changes';
import type { AuditEntry, AuditStatus, AuditOutcome, AuditWriter } from './types';

/**
 * Entries this context wrote as 'sending' and has not settled yet, as written: settling one then
 * needs no read of it back (a logit round writes and settles one entry per request, with the whole
 * prompt in it). Only settle removes an entry, so the map holds the requests in flight.
 */
const inFlight = new Map<number, AuditEntry>();

/** Writes an entry (status 'sending' before a request leaves) and returns its id. */
export async function beginAudit(entry: AuditEntry): Promise<number> {
  const db = await openDb();
  const id = await db.add('audit', entry);
  // An id seen before (a log deleted whole starts again at 1) must not settle from an old copy.
  if (entry.status === 'sending') inFlight.set(id, { ...entry, id });
  else inFlight.delete(id);
  notifyAuditChanged();
  return id;
}

/** Completes an entry with its outcome. A missing entry (the log was cleared meanwhile) stays missing. */
export async function settleAudit(id: number, outcome: AuditOutcome): Promise<void> {
  const written = inFlight.get(id);
  inFlight.delete(id);
  const db = await openDb();
  const tx = db.transaction('audit', 'readwrite');
  // Written here: whether it is still in the log is all we need to know (a key, not the entry).
  const entry = written ? (await tx.store.getKey(id)) !== undefined && written : await tx.store.get(id);
  if (entry) await tx.store.put({ ...entry, ...outcome });
  await tx.done;
  notifyAuditChanged();
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
  if (marked) notifyAuditChanged();
  return marked;
}

export interface AuditPage {
  /** Newest first, each with its natural number (the oldest entry is 1). */
  entries: { number: number; entry: AuditEntry }[];
  total: number;
  /** Entries that pass the filter (the whole log when there is none). */
  matching: number;
}

/** Which entries a view shows: one site, one status; absent means all. */
export interface AuditFilter {
  site?: string;
  status?: AuditStatus;
}

function matches(entry: AuditEntry, filter: AuditFilter): boolean {
  return (!filter.site || entry.site === filter.site) && (!filter.status || entry.status === filter.status);
}

/**
 * One page of the log, newest first; `page` 0 is the newest. Each entry keeps its number in the whole
 * log (so a filtered view still says "request 12"); `total` is the whole log, `matching` the filter's.
 */
export async function listAuditPage(
  page: number,
  size: number,
  filter: AuditFilter = {},
): Promise<AuditPage> {
  const db = await openDb();
  const tx = db.transaction('audit');
  const total = await tx.store.count();
  const entries: AuditPage['entries'] = [];
  const skip = page * size;
  if (!filter.site && !filter.status) {
    let cursor = await tx.store.openCursor(null, 'prev');
    if (cursor && page > 0) cursor = await cursor.advance(skip);
    while (cursor && entries.length < size) {
      entries.push({ number: total - skip - entries.length, entry: cursor.value });
      cursor = await cursor.continue();
    }
    return { entries, total, matching: total };
  }
  let fromNewest = 0;
  let matching = 0;
  for (let cursor = await tx.store.openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    if (matches(cursor.value, filter)) {
      if (matching >= skip && entries.length < size)
        entries.push({ number: total - fromNewest, entry: cursor.value });
      matching++;
    }
    fromNewest++;
  }
  return { entries, total, matching };
}

/** The sites that appear in the log, for the Activity filter. */
export async function listAuditSites(): Promise<string[]> {
  const db = await openDb();
  const sites = new Set<string>();
  for (
    let cursor = await db.transaction('audit').store.openCursor();
    cursor;
    cursor = await cursor.continue()
  )
    sites.add(cursor.value.site);
  return [...sites].sort();
}

/** Every entry, oldest first (for export). */
export async function listAllAudit(): Promise<AuditEntry[]> {
  const db = await openDb();
  return db.getAll('audit');
}

export async function clearAudit(): Promise<void> {
  const db = await openDb();
  await db.clear('audit');
  notifyAuditChanged();
}
