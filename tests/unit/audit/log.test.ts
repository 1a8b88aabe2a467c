import {
  beginAudit,
  clearAudit,
  listAllAudit,
  listAuditPage,
  markInterrupted,
  settleAudit,
} from '../../../lib/audit/log';
import type { AuditEntry } from '../../../lib/audit/types';
import { useFreshIndexedDb } from '../idb';

useFreshIndexedDb();

function entry(time: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    time,
    site: 'mail.example.com',
    endpoint: 'https://api.example.com/v1',
    model: 'big-model',
    purpose: 'sketch',
    payload: [{ role: 'user', content: `Instruction: thank [PERSON_1] (${time})` }],
    withheld: 1,
    status: 'sent',
    ...overrides,
  };
}

const page = async (at: number, size: number) =>
  (await listAuditPage(at, size)).entries.map(({ number, entry }) => [number, entry.time]);

describe('audit log', () => {
  it('is empty at first', async () => {
    expect(await listAuditPage(0, 50)).toEqual({ entries: [], total: 0, matching: 0 });
  });

  it('records entries with increasing ids and keeps the exact payload', async () => {
    const first = await beginAudit(entry(1000));
    const second = await beginAudit(entry(2000, { status: 'failed', error: 'cloud-auth' }));
    expect(second).toBeGreaterThan(first);
    const listed = await listAllAudit();
    expect(listed).toEqual([
      { ...entry(1000), id: first },
      { ...entry(2000, { status: 'failed', error: 'cloud-auth' }), id: second },
    ]);
  });

  it('settles an entry written as sending, by id', async () => {
    const id = await beginAudit(entry(1000, { status: 'sending' }));
    await settleAudit(id, { status: 'sent', settledAt: 1500, replyChars: 42 });
    expect(await listAllAudit()).toEqual([
      { ...entry(1000), id, status: 'sent', settledAt: 1500, replyChars: 42 },
    ]);
  });

  it('settles the entry as written, each by its own id, with requests in flight side by side', async () => {
    const one = await beginAudit(entry(1000, { status: 'sending' }));
    const two = await beginAudit(entry(2000, { status: 'sending', purpose: 'logit' }));
    await settleAudit(two, { status: 'failed', error: 'cloud-timeout', settledAt: 2500 });
    await settleAudit(one, { status: 'sent', settledAt: 1500 });
    expect(await listAllAudit()).toEqual([
      { ...entry(1000), id: one, status: 'sent', settledAt: 1500 },
      {
        ...entry(2000, { purpose: 'logit' }),
        id: two,
        status: 'failed',
        error: 'cloud-timeout',
        settledAt: 2500,
      },
    ]);
  });

  it('leaves an entry the log lost meanwhile missing: settling never writes it back', async () => {
    const id = await beginAudit(entry(1000, { status: 'sending' }));
    await clearAudit();
    await settleAudit(id, { status: 'sent', settledAt: 1500 });
    expect(await listAllAudit()).toEqual([]);
  });

  it('marks entries a stopped host left sending as interrupted, and only those', async () => {
    await beginAudit(entry(1000, { status: 'sending' }));
    await beginAudit(entry(2000, { status: 'sent' }));
    // Written by the new host after it started: still in flight, not interrupted.
    await beginAudit(entry(4000, { status: 'sending' }));
    expect(await markInterrupted(3000)).toBe(1);
    expect((await listAllAudit()).map((e) => e.status)).toEqual(['interrupted', 'sent', 'sending']);
  });

  // 260 entries: more than the 200 the view used to stop at.
  it('pages through every entry, newest first, numbered from the oldest (1)', async () => {
    for (let time = 1; time <= 260; time++) await beginAudit(entry(time));
    const first = await listAuditPage(0, 100);
    expect(first.total).toBe(260);
    expect(first.entries[0]).toMatchObject({ number: 260, entry: { time: 260 } });
    expect(await page(2, 100)).toEqual(Array.from({ length: 60 }, (_, i) => [60 - i, 60 - i]));
    expect(await page(3, 100)).toEqual([]);
    expect((await listAllAudit()).map((e) => e.time)).toEqual(Array.from({ length: 260 }, (_, i) => i + 1));
  });

  it('clear removes every entry', async () => {
    await beginAudit(entry(1));
    await beginAudit(entry(2));
    await clearAudit();
    expect(await listAllAudit()).toEqual([]);
  });
});
