import { useEffect, useState } from 'preact/hooks';
import { clearAudit, listAudit } from '../../lib/audit/log';
import type { AuditEntry } from '../../lib/audit/types';
import { toAppError } from '../../lib/errors';
import { downloadJson } from '../../lib/ui/download';

/** Every request that left the device: when, where, the exact payload, what was withheld. */
export function AuditLogView() {
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [error, setError] = useState<string>();
  const reload = () => listAudit().then(setEntries, (e: unknown) => setError(toAppError(e).userText));
  useEffect(() => void reload(), []);

  const exportLog = () => downloadJson('cogenesis-audit.json', entries ?? []);

  return (
    <section aria-label="Audit log">
      <h2>Audit log: what left this device</h2>
      {error ? <p class="error">{error}</p> : null}
      <p>
        <button type="button" class="secondary" onClick={() => void reload()}>
          Refresh
        </button>{' '}
        <button type="button" class="secondary" onClick={exportLog}>
          Export
        </button>{' '}
        <button type="button" class="secondary" onClick={() => void clearAudit().then(reload)}>
          Clear
        </button>
      </p>
      {entries?.length === 0 ? <p class="muted">Nothing has been sent yet.</p> : null}
      <ol data-testid="audit" reversed>
        {entries?.map((entry) => (
          <li key={entry.id} data-status={entry.status}>
            <strong>{new Date(entry.time).toLocaleString()}</strong> — {entry.site} → {entry.endpoint} (
            {entry.model}), {entry.purpose}, {entry.withheld} withheld,{' '}
            <span class={entry.status === 'sent' ? 'ok' : 'error'}>{entry.status}</span>
            {entry.error ? ` (${entry.error})` : ''}
            <details>
              <summary>Exact payload</summary>
              <pre>{JSON.stringify(entry.payload, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
