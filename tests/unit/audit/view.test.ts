import { watchAuditChanges } from '../../../lib/audit/changes';
import { beginAudit, clearAudit, listAuditPage, listAuditSites, settleAudit } from '../../../lib/audit/log';
import type { AuditEntry } from '../../../lib/audit/types';
import { dayLabel, readablePayload, shownStatus, splitPlaceholders } from '../../../lib/audit/view';
import { describeWithheld, withheldKinds } from '../../../lib/audit/withheld';
import { useFreshIndexedDb } from '../idb';

useFreshIndexedDb();

function entry(time: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    time,
    site: 'mail.example.com',
    endpoint: 'https://api.example.com/v1',
    model: 'm',
    purpose: 'sketch',
    payload: {},
    withheld: 0,
    status: 'sent',
    ...overrides,
  };
}

describe('the Activity view', () => {
  it('filters by site and status, keeping each entry’s number in the whole log', async () => {
    await beginAudit(entry(1, { site: 'a.example' }));
    await beginAudit(entry(2, { site: 'b.example', status: 'failed' }));
    await beginAudit(entry(3, { site: 'a.example', status: 'failed' }));
    await beginAudit(entry(4, { site: 'a.example' }));
    const failedOnA = await listAuditPage(0, 10, { site: 'a.example', status: 'failed' });
    expect(failedOnA.entries.map((e) => [e.number, e.entry.time])).toEqual([[3, 3]]);
    expect([failedOnA.total, failedOnA.matching]).toEqual([4, 1]);
    const onA = await listAuditPage(1, 2, { site: 'a.example' });
    expect(onA.entries.map((e) => e.number)).toEqual([1]);
    expect(onA.matching).toBe(3);
    expect(await listAuditSites()).toEqual(['a.example', 'b.example']);
  });

  it('announces every write, so an open view updates without Refresh', async () => {
    let changes = 0;
    const stop = watchAuditChanges(() => changes++);
    try {
      const id = await beginAudit(entry(1, { status: 'sending' }));
      await expect.poll(() => changes).toBe(1);
      await settleAudit(id, { status: 'sent', settledAt: 2 });
      await expect.poll(() => changes).toBe(2);
      await clearAudit();
      await expect.poll(() => changes).toBe(3);
    } finally {
      stop();
    }
  });

  it('counts withheld kinds from placeholders, never values', () => {
    const kinds = withheldKinds(['[PERSON_1]', '[PERSON_2]', '[EMAIL_1]', 'not one']);
    expect(kinds).toEqual({ PERSON: 2, EMAIL: 1 });
    expect(describeWithheld(3, kinds)).toBe('3 withheld: 1 email, 2 person');
    expect(describeWithheld(0, {})).toBe('nothing withheld');
    expect(describeWithheld(2, undefined)).toBe('2 withheld');
  });

  it('marks placeholders in text and reads parameters out of a body', () => {
    expect(splitPlaceholders('Thank [PERSON_1] at [ORG_2].')).toEqual([
      { text: 'Thank ', placeholder: false },
      { text: '[PERSON_1]', placeholder: true },
      { text: ' at ', placeholder: false },
      { text: '[ORG_2]', placeholder: true },
      { text: '.', placeholder: false },
    ]);
    const body = readablePayload({ model: 'm', prompt: 'The sky is', top_k: 5, temperature: 0 });
    expect(body.prompt).toBe('The sky is');
    expect(body.parameters).toEqual([
      ['model', '"m"'],
      ['top_k', '5'],
      ['temperature', '0'],
    ]);
  });

  it('says "Today" and "Yesterday", and a sending entry past the time bound is interrupted', () => {
    const now = new Date(2026, 10, 29, 12).getTime();
    expect(dayLabel(new Date(2026, 10, 29, 1).getTime(), now)).toBe('Today');
    expect(dayLabel(new Date(2026, 10, 28, 23).getTime(), now)).toBe('Yesterday');
    expect(dayLabel(new Date(2026, 10, 20).getTime(), now)).toMatch(/2026/);
    expect(shownStatus(entry(now - 3_600_000, { status: 'sending' }), now)).toBe('interrupted');
    expect(shownStatus(entry(now - 10, { status: 'sending' }), now)).toBe('sending');
  });
});
