import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ContextData } from './context/types';
import type { AuditEntry } from './audit/types';
import type { EndpointSettings } from './settings/endpoints';
import type { StoredTrace } from './fusion/trace-store';

/**
 * The extension's IndexedDB (extension origin: shared by the engine host, panel, popup and options;
 * never reachable from content scripts, which run in the page's origin). Secrets live here, not in
 * storage.local, because content scripts can read storage.local.
 */
export interface CoGenesisDB extends DBSchema {
  context: { key: 'current'; value: ContextData };
  audit: { key: number; value: AuditEntry; indexes: { 'by-time': number } };
  settings: { key: 'endpoints'; value: EndpointSettings };
  traces: { key: number; value: StoredTrace };
}

export const DB_NAME = 'cogenesis';
export const DB_VERSION = 2;

let opening: Promise<IDBPDatabase<CoGenesisDB>> | undefined;

export function openDb(): Promise<IDBPDatabase<CoGenesisDB>> {
  opening ??= openDB<CoGenesisDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One rung per version; never edit a rung that has shipped. Rungs make stores and indexes only:
      // the records in them migrate when read (lib/settings/migrate.ts, lib/settings/index.ts).
      if (oldVersion < 1) {
        db.createObjectStore('context');
        db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true }).createIndex('by-time', 'time');
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) db.createObjectStore('traces', { keyPath: 'id', autoIncrement: true });
    },
    terminated() {
      opening = undefined;
    },
  });
  return opening;
}

/** For tests: forget the cached connection (after fake-indexeddb is reset). */
export function resetDbConnection(): void {
  opening = undefined;
}
