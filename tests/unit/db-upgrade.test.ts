import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, openDb, resetDbConnection } from '../../lib/db';

describe('IndexedDB upgrade ladder', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetDbConnection();
  });

  it('opens a version 1 database, keeps its data, and adds the traces store', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('context');
        db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true }).createIndex('by-time', 'time');
        db.createObjectStore('settings');
      },
    });
    await v1.put('context', { version: 1, profile: { name: 'Ada' }, facts: [], samples: [] }, 'current');
    v1.close();

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('traces');
    expect((await db.get('context', 'current'))?.profile.name).toBe('Ada');
    await db.add('traces', { time: 1, lines: ['{}'] });
    expect(await db.count('traces')).toBe(1);
  });
});
