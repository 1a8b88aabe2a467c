/**
 * The one way a stored settings record reaches the shape this version of the code reads, whether it
 * lives in storage.local (a WXT item) or in IndexedDB (the endpoints record). Each record declares its
 * history once, beside its type: the version this code writes, one step per older version, and a
 * reader that fills defaults. IndexedDB records run it on every load (migrateRecord); WXT items hand
 * the same steps to WXT (itemOptions), which runs them once and stores the version in its meta key.
 * IndexedDB's object stores are structure, not records: db.ts's upgrade rungs (see index.ts).
 */

/** Turns a record of one version into the next version's shape. Never edit a step that has shipped. */
export type MigrationStep = (old: Record<string, unknown>) => Record<string, unknown>;

export interface RecordHistory<T> {
  /** The version this code writes; starts at 1. */
  version: number;
  /** steps[v] turns a version-v record into a version v + 1 one: one for every v below `version`. */
  steps: Readonly<Record<number, MigrationStep>>;
  /**
   * Reads the current shape from a stored object: keeps fields of the right type and fills the rest
   * from defaults. A field added with a default needs no step (and no new version); a rename, a move
   * or a changed meaning does.
   */
  read: (value: Record<string, unknown>) => T;
  /** What a reader gets when nothing (or not an object) is stored. */
  fallback: T;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a stored value of `storedVersion` to the current shape. A version newer than this code (the
 * extension was downgraded) is read as it is: the reader keeps what it knows, the rest falls back.
 */
export function migrateRecord<T>(history: RecordHistory<T>, stored: unknown, storedVersion: number): T {
  if (!isRecord(stored)) return history.fallback;
  let value = stored;
  for (let v = Math.max(1, storedVersion); v < history.version; v++) {
    const step = history.steps[v];
    // A missing step is a programming error every test of the record catches (migrate.test.ts).
    if (!step) throw new Error(`no migration step from version ${v}`);
    value = step(value);
  }
  return history.read(value);
}

/** The version a record that carries its own `version` field was written with (1 if it has none). */
export function recordVersion(stored: unknown): number {
  return isRecord(stored) && typeof stored.version === 'number' ? stored.version : 1;
}

/**
 * The options for WXT's storage.defineItem that run the same history: WXT calls migrations[v] to
 * make version v, so step v - 1 goes there, and the last one also runs the reader.
 */
export function itemOptions<T>(history: RecordHistory<T>): {
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
} {
  const migrations: Record<number, (old: unknown) => unknown> = {};
  for (let v = 1; v < history.version; v++) {
    const step = history.steps[v];
    if (!step) throw new Error(`no migration step from version ${v}`);
    const next = v + 1;
    migrations[next] = (old) => {
      const value = step(isRecord(old) ? old : {});
      return next === history.version ? history.read(value) : value;
    };
  }
  // Without steps WXT need not read its meta key at all (it treats a value with none as version 1).
  return history.version > 1
    ? { fallback: history.fallback, version: history.version, migrations }
    : { fallback: history.fallback, version: history.version };
}
