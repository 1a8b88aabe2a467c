import { useEffect, useState } from 'preact/hooks';
import { clearAudit, listAllAudit, listAuditPage, type AuditPage } from '../../lib/audit/log';
import type { AuditEntry } from '../../lib/audit/types';
import { DEFAULT_LIMITS } from '../../lib/engines/bounds';
import { toAppError } from '../../lib/errors';
import { downloadJson } from '../../lib/ui/download';

const PAGE_SIZE = 50;
// Long payloads wrap instead of widening the page (the stylesheet is shared with the panel).
const WRAP = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

const STATUS_TEXT: Record<AuditEntry['status'], string> = {
  sending: 'sending',
  sent: 'sent',
  failed: 'failed',
  interrupted: 'interrupted (may have been received)',
  kept: 'held, not sent',
};

/**
 * A request still 'sending' past the total-time bound cannot be in flight any more: its engine host
 * stopped, and no new host has started to mark it.
 */
function statusText(entry: AuditEntry, now: number): string {
  const stale = entry.status === 'sending' && now - entry.time > DEFAULT_LIMITS.totalMs;
  return STATUS_TEXT[stale ? 'interrupted' : entry.status];
}

/** Every request that left the device: when, where, the exact request, what was withheld. All pages. */
export function AuditLogView() {
  const [page, setPage] = useState(0);
  const [data, setData] = useState<AuditPage>();
  const [error, setError] = useState<string>();
  const load = (at: number) =>
    listAuditPage(at, PAGE_SIZE).then(
      (next) => {
        setPage(at);
        setData(next);
      },
      (e: unknown) => setError(toAppError(e).userText),
    );
  useEffect(() => void load(0), []);

  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const newest = data?.entries[0]?.number ?? 0;
  const oldest = data?.entries.at(-1)?.number ?? 0;
  // Every entry, oldest first, not just the page on screen.
  const exportLog = () =>
    listAllAudit().then(
      (all) => downloadJson('cogenesis-audit.json', all),
      (e: unknown) => setError(toAppError(e).userText),
    );

  return (
    <section aria-label="Audit log">
      <h2>Audit log: what left this device</h2>
      {error ? <p class="error">{error}</p> : null}
      <p>
        <button type="button" class="secondary" onClick={() => void load(page)}>
          Refresh
        </button>{' '}
        <button type="button" class="secondary" data-testid="audit-export" onClick={() => void exportLog()}>
          Export all
        </button>{' '}
        <button type="button" class="secondary" onClick={() => void clearAudit().then(() => load(0))}>
          Clear
        </button>
      </p>
      {data && total === 0 ? <p class="muted">Nothing has been sent yet.</p> : null}
      {total > 0 ? (
        <p data-testid="audit-range">
          Requests {oldest}–{newest} of {total} (newest first).{' '}
          <button type="button" class="secondary" disabled={page === 0} onClick={() => void load(page - 1)}>
            Newer
          </button>{' '}
          <button
            type="button"
            class="secondary"
            data-testid="audit-older"
            disabled={page >= pages - 1}
            onClick={() => void load(page + 1)}
          >
            Older
          </button>
        </p>
      ) : null}
      <ol data-testid="audit" data-total={data ? total : undefined} reversed start={newest}>
        {data?.entries.map(({ number, entry }) => (
          <li key={entry.id} value={number} data-status={entry.status}>
            <strong>{new Date(entry.time).toLocaleString()}</strong> — {entry.site} → {entry.endpoint} (
            {entry.model}), {entry.purpose}, {entry.withheld} withheld,{' '}
            <span class={entry.status === 'sent' ? 'ok' : 'error'}>{statusText(entry, Date.now())}</span>
            {entry.error ? ` (${entry.error})` : ''}
            <details>
              <summary>Exact request</summary>
              {entry.request ? (
                <pre style={WRAP}>
                  {`${entry.request.method} ${entry.request.url}\n${Object.entries(entry.request.headers)
                    .map(([name, value]) => `${name}: ${value}`)
                    .join('\n')}`}
                </pre>
              ) : null}
              <pre style={WRAP}>{JSON.stringify(entry.payload, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
