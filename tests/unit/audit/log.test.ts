import { clearAudit, listAudit, recordAudit } from '../../../lib/audit/log';
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

describe('audit log', () => {
  it('is empty at first', async () => {
    expect(await listAudit()).toEqual([]);
  });

  it('records entries with increasing ids and keeps the exact payload', async () => {
    const first = await recordAudit(entry(1000));
    const second = await recordAudit(entry(2000, { status: 'failed', error: 'cloud-auth' }));
    expect(second).toBeGreaterThan(first);
    const listed = await listAudit();
    expect(listed[0]).toEqual({ ...entry(2000, { status: 'failed', error: 'cloud-auth' }), id: second });
    expect(listed[1]).toEqual({ ...entry(1000), id: first });
  });

  it('lists newest first by time, whatever the order of recording', async () => {
    for (const time of [3000, 1000, 5000, 2000, 4000]) await recordAudit(entry(time));
    expect((await listAudit()).map((e) => e.time)).toEqual([5000, 4000, 3000, 2000, 1000]);
  });

  it.each([
    [2, [5000, 4000]],
    [0, []],
    [10, [5000, 4000, 3000, 2000, 1000]],
  ])('honours the limit %i', async (limit, times) => {
    for (const time of [1000, 2000, 3000, 4000, 5000]) await recordAudit(entry(time));
    expect((await listAudit(limit)).map((e) => e.time)).toEqual(times);
  });

  it('clear removes every entry', async () => {
    await recordAudit(entry(1));
    await recordAudit(entry(2));
    await clearAudit();
    expect(await listAudit()).toEqual([]);
  });
});
