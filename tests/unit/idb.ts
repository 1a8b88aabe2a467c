import 'fake-indexeddb/auto';
import { resetDbConnection } from '../../lib/db';

/** A fresh, empty fake IndexedDB for every test (the module caches its connection, so forget it too). */
export function useFreshIndexedDb(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetDbConnection();
  });
}
