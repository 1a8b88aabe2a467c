import type { AuditEntry, AuditWriter } from '../../../lib/audit/types';
import type { Outbound } from '../../../lib/engines/types';

/** An audit log in memory: entries as the egress wrote them, settled in place. */
export function memoryAudit(): AuditWriter & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return {
    entries,
    begin: async (entry) => entries.push({ ...entry, id: entries.length + 1 }),
    settle: async (id, outcome) => {
      const entry = entries[id - 1];
      if (entry) Object.assign(entry, outcome);
    },
  };
}

/** An Outbound for engine tests: a guard that passes everything, an audit log in memory. */
export function testOutbound(
  overrides: Partial<Outbound> = {},
): Outbound & { audit: ReturnType<typeof memoryAudit> } {
  return {
    site: 'test.example',
    purpose: 'sketch',
    withheld: 0,
    guard: () => undefined,
    now: () => 1_700_000_000_000,
    ...overrides,
    audit: memoryAudit(),
  };
}
