import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { openDb } from '../../../lib/db';
import {
  ENDPOINT_FALLBACK,
  ENDPOINTS_HISTORY,
  loadEndpoints,
  type EndpointSettings,
} from '../../../lib/settings/endpoints';
import { FIELD_BUTTON_HISTORY, fieldButtonItem } from '../../../lib/settings/field-button';
import {
  itemOptions,
  migrateRecord,
  recordVersion,
  type MigrationStep,
  type RecordHistory,
} from '../../../lib/settings/migrate';
import { SITE_MODES_HISTORY } from '../../../lib/settings/site-modes';
import { useFreshIndexedDb } from '../idb';

useFreshIndexedDb();
beforeEach(() => {
  fakeBrowser.reset();
});

/** A record that went through two changes: v1 {name}, v2 renamed it to {fullName}, v3 split it. */
interface Person {
  first: string;
  last: string;
  nickname: string;
}
const renameToFullName: MigrationStep = ({ name, ...rest }) => ({ ...rest, fullName: name });
const splitFullName: MigrationStep = ({ fullName, ...rest }) => {
  const [first = '', ...last] = typeof fullName === 'string' ? fullName.split(' ') : [];
  return { ...rest, first, last: last.join(' ') };
};
const PERSON: RecordHistory<Person> = {
  version: 3,
  steps: { 1: renameToFullName, 2: splitFullName },
  read: (stored) => ({
    first: typeof stored.first === 'string' ? stored.first : '',
    last: typeof stored.last === 'string' ? stored.last : '',
    nickname: typeof stored.nickname === 'string' ? stored.nickname : '',
  }),
  fallback: { first: '', last: '', nickname: '' },
};
const ADA: Person = { first: 'Ada', last: 'King Lovelace', nickname: '' };

describe('migrateRecord', () => {
  it.each<[string, unknown, number]>([
    ['version 1 (both steps)', { name: 'Ada King Lovelace' }, 1],
    ['version 2 (the second step only)', { fullName: 'Ada King Lovelace' }, 2],
    ['version 3 (no step, the reader only)', ADA, 3],
  ])('brings %s to the current shape', (_label, stored, version) => {
    expect(migrateRecord(PERSON, stored, version)).toEqual(ADA);
  });

  it('keeps fields the steps do not touch, and fills a field added later from its default', () => {
    expect(migrateRecord(PERSON, { name: 'Ada', nickname: 'A' }, 1)).toEqual({
      first: 'Ada',
      last: '',
      nickname: 'A',
    });
    expect(migrateRecord(PERSON, { first: 'Ada' }, 3)).toEqual({ first: 'Ada', last: '', nickname: '' });
  });

  it.each([undefined, null, 'Ada', 3, ['Ada']])('gives the fallback for a stored %j', (stored) => {
    expect(migrateRecord(PERSON, stored, 1)).toEqual(PERSON.fallback);
  });

  it('reads a record from a newer version as it is (the extension was downgraded)', () => {
    expect(migrateRecord(PERSON, { ...ADA, version: 4, extra: 1 }, 4)).toEqual(ADA);
  });

  it('fails on a history with a missing step, rather than skip it', () => {
    const broken: RecordHistory<Person> = { ...PERSON, steps: { 2: splitFullName } };
    expect(() => migrateRecord(broken, { name: 'Ada' }, 1)).toThrow(/from version 1/);
    expect(() => itemOptions(broken)).toThrow(/from version 1/);
  });

  it('reads the version a record carries, 1 when it carries none', () => {
    expect(recordVersion({ version: 2 })).toBe(2);
    expect(recordVersion({})).toBe(1);
    expect(recordVersion(undefined)).toBe(1);
  });
});

describe('itemOptions (storage.local items run the same steps through WXT)', () => {
  it.each<[number, unknown]>([
    [1, { name: 'Ada King Lovelace' }],
    [2, { fullName: 'Ada King Lovelace' }],
  ])('migrates an item stored at version %i once, and stores the new version', async (v, stored) => {
    await fakeBrowser.storage.local.set({ person: stored, person$: { v } });
    const item = storage.defineItem<Person>('local:person', itemOptions(PERSON));
    expect(await item.getValue()).toEqual(ADA);
    expect(await fakeBrowser.storage.local.get(['person', 'person$'])).toEqual({
      person: ADA,
      person$: { v: 3 },
    });
  });

  it('treats a value stored without a version as version 1', async () => {
    await fakeBrowser.storage.local.set({ person: { name: 'Ada King Lovelace' } });
    const item = storage.defineItem<Person>('local:person', itemOptions(PERSON));
    expect(await item.getValue()).toEqual(ADA);
  });

  it('gives a version 1 history no migrations for WXT to run', () => {
    expect(itemOptions(SITE_MODES_HISTORY)).toEqual({ fallback: {}, version: 1 });
  });
});

describe('every settings record, from its oldest stored shape', () => {
  it('endpoints: the first shape (cloud and local server only) gains every later field', () => {
    const oldest = {
      version: 1,
      cloud: { baseURL: 'https://a.example/v1', apiKey: 'k', model: 'm', timeoutMs: 30_000 },
      localServer: { baseURL: 'http://127.0.0.1:8080/v1', model: 'l', apiKey: '' },
    };
    expect(migrateRecord(ENDPOINTS_HISTORY, oldest, recordVersion(oldest))).toEqual({
      ...oldest,
      localEngine: 'webllm',
      webllmModel: '',
    });
  });

  it('endpoints: a record in the current shape reads back unchanged', () => {
    const current: EndpointSettings = {
      ...ENDPOINT_FALLBACK,
      localEngine: 'wllama',
      ggufModel: 'qwen',
      cloudCapabilities: {
        baseURL: 'https://a.example/v1',
        model: 'm',
        chat: true,
        logprobs: true,
        continuation: false,
        checkedAt: 5,
      },
      recordFusionTraces: true,
      assistBudgetMs: 0,
      engineSpeeds: {},
    };
    expect(migrateRecord(ENDPOINTS_HISTORY, current, 1)).toEqual(current);
  });

  it('endpoints: values of the wrong type fall back, and a partial probe cache is dropped', () => {
    const stored = {
      version: 1,
      localEngine: 'gpu',
      webllmModel: 7,
      cloud: { baseURL: 'https://a.example/v1', timeoutMs: '60' },
      localServer: 'http://localhost',
      cloudCapabilities: { baseURL: 'https://a.example/v1', model: 'm', logprobs: true },
      recordFusionTraces: 'yes',
    };
    expect(migrateRecord(ENDPOINTS_HISTORY, stored, 1)).toEqual({
      ...ENDPOINT_FALLBACK,
      cloud: { ...ENDPOINT_FALLBACK.cloud, baseURL: 'https://a.example/v1' },
    });
  });

  it('endpoints: loadEndpoints runs the history on what IndexedDB holds', async () => {
    const db = await openDb();
    const oldest = { version: 1, cloud: { baseURL: '', apiKey: 'k', model: '', timeoutMs: 60_000 } };
    await db.put('settings', oldest as unknown as EndpointSettings, 'endpoints');
    expect(await loadEndpoints()).toEqual({
      ...ENDPOINT_FALLBACK,
      cloud: { ...ENDPOINT_FALLBACK.cloud, apiKey: 'k' },
    });
  });

  it('site modes: the first shape reads as it is; a mode this version does not know is dropped', () => {
    const oldest = { 'a.example': 'off', 'b.example': 'sketch' };
    expect(migrateRecord(SITE_MODES_HISTORY, oldest, 1)).toEqual(oldest);
    expect(migrateRecord(SITE_MODES_HISTORY, { 'a.example': 'turbo', 'b.example': 'guard' }, 1)).toEqual({
      'b.example': 'guard',
    });
  });

  it('field button: the first shape reads as it is; missing or bad fields take the defaults', async () => {
    const oldest = { enabled: false, disabledSites: ['a.example'] };
    expect(migrateRecord(FIELD_BUTTON_HISTORY, oldest, 1)).toEqual(oldest);
    expect(migrateRecord(FIELD_BUTTON_HISTORY, { disabledSites: ['a', 3] }, 1)).toEqual({
      enabled: true,
      disabledSites: ['a'],
    });
    await fakeBrowser.storage.local.set({ fieldButton: oldest });
    expect(await fieldButtonItem.getValue()).toEqual(oldest);
  });

  it.each<[string, RecordHistory<unknown>]>([
    ['endpoints', ENDPOINTS_HISTORY],
    ['site modes', SITE_MODES_HISTORY],
    ['field button', FIELD_BUTTON_HISTORY],
  ])('%s: has a step from every older version', (_label, history) => {
    for (let v = 1; v < history.version; v++) expect(history.steps[v]).toBeTypeOf('function');
    expect(() => migrateRecord(history, {}, 1)).not.toThrow();
  });
});
