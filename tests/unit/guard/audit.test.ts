import { describe, expect, it } from 'vitest';
import { guardAuditEntry, withheldByKind } from '../../../lib/guard/audit';
import type { Redaction } from '../../../lib/privacy/types';

const REDACTIONS: Redaction[] = [
  {
    placeholder: '[PERSON_1]',
    kind: 'PERSON',
    source: 'profile: name',
    start: 0,
    end: 15,
    original: 'Martin Reynolds',
  },
  {
    placeholder: '[PERSON_1]',
    kind: 'PERSON',
    source: 'profile: name',
    start: 40,
    end: 55,
    original: 'Martin Reynolds',
  },
  {
    placeholder: '[PHONE_1]',
    kind: 'PHONE',
    source: 'profile: phone',
    start: 60,
    end: 75,
    original: '+1 704-555-0142',
  },
  { placeholder: '[PERSON_2]', kind: 'PERSON', source: 'name', start: 80, end: 85, original: 'Aisha' },
];

describe('Guard activity log entries', () => {
  it('count withheld values by kind, each placeholder once', () => {
    expect(withheldByKind(REDACTIONS)).toEqual({ PERSON: 2, PHONE: 1 });
  });

  it.each(['redacted', 'typed', 'edit'] as const)('a %s decision holds no value', (decision) => {
    const entry = guardAuditEntry('chatgpt.com', 'found', decision, withheldByKind(REDACTIONS), 1000);
    const stored = JSON.stringify(entry);
    for (const r of REDACTIONS) expect(stored).not.toContain(r.original);
    expect(entry).toMatchObject({ site: 'chatgpt.com', purpose: 'guard', time: 1000 });
    expect(entry.status).toBe(decision === 'edit' ? 'kept' : 'sent');
    expect(entry.payload).toMatchObject({ guard: { reason: 'found', decision } });
  });

  it('keeps only counts shaped like kinds (the counts crossed a message port)', () => {
    const odd = { PERSON: 2, 'Martin Reynolds': 1, PHONE: -1 } as Record<string, number>;
    const entry = guardAuditEntry('claude.ai', 'found', 'redacted', odd, 1);
    expect(entry.payload).toEqual({
      guard: { reason: 'found', decision: 'redacted', withheld: { PERSON: 2 } },
    });
  });

  it('records what was withheld only when the redacted text was sent', () => {
    expect(guardAuditEntry('claude.ai', 'found', 'redacted', withheldByKind(REDACTIONS), 1).withheld).toBe(3);
    expect(guardAuditEntry('claude.ai', 'found', 'typed', withheldByKind(REDACTIONS), 1).withheld).toBe(0);
  });
});
