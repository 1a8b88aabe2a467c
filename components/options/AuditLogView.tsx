import { useState } from 'preact/hooks';
import { clearAudit, listAllAudit } from '../../lib/audit/log';
import { dayKey, dayLabel } from '../../lib/audit/view';
import { toAppError } from '../../lib/errors';
import { downloadJson } from '../../lib/ui/download';
import { AuditFilters } from './activity/AuditFilters';
import { AuditItem } from './activity/AuditItem';
import { PAGE_SIZE, useAuditLog } from './activity/useAuditLog';

/**
 * Every request that left the device, newest first, grouped by day, numbered from the oldest (#1),
 * updated as requests are made. Export and Clear act on the whole log, not on the filter.
 */
export function AuditLogView() {
  const { page, data, sites, filter, asked, error, show, refine } = useAuditLog();
  const [actionError, setActionError] = useState<string>();
  const fail = (e: unknown) => setActionError(toAppError(e).userText);
  const [confirmClear, setConfirmClear] = useState(false);

  const total = data?.total ?? 0;
  const matching = data?.matching ?? 0;
  const pages = Math.max(1, Math.ceil(matching / PAGE_SIZE));
  const from = page * PAGE_SIZE + 1;
  const to = page * PAGE_SIZE + (data?.entries.length ?? 0);
  const filtered = Boolean(filter.site || filter.status);
  const now = Date.now();

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">What left this device</h2>
      <p class="muted">
        Every request to the cloud, exactly as sent, with what was withheld (kinds, never the values). New
        requests appear here as they are made.
      </p>
      {error || actionError ? <p class="error">{error ?? actionError}</p> : null}
      <div class="row">
        <button
          type="button"
          class="secondary"
          data-testid="audit-export"
          disabled={total === 0}
          onClick={() => void listAllAudit().then((all) => downloadJson('cogenesis-audit.json', all), fail)}
        >
          Export all
        </button>
        {confirmClear ? (
          <span class="row confirm" role="group" aria-label="Confirm clearing">
            Delete all {total} entries?
            <button
              type="button"
              class="danger"
              data-testid="audit-clear-confirm"
              onClick={() => void clearAudit().then(() => setConfirmClear(false), fail)}
            >
              Delete
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            class="secondary danger"
            data-testid="audit-clear"
            disabled={total === 0}
            onClick={() => setConfirmClear(true)}
          >
            Clear
          </button>
        )}
      </div>
      {total > 0 ? <AuditFilters sites={sites} filter={asked} onChange={refine} /> : null}
      {data && total === 0 ? <p class="muted">Nothing has been sent yet.</p> : null}
      {data && total > 0 && matching === 0 ? <p class="muted">No request matches these filters.</p> : null}
      {matching > 0 ? (
        <p class="row" data-testid="audit-range">
          <span>
            {`${from}–${to} of ${matching}${filtered ? ` matching (${total} in all)` : ''}, newest first.`}
          </span>
          <button type="button" class="secondary" disabled={page === 0} onClick={() => show(page - 1)}>
            Newer
          </button>
          <button
            type="button"
            class="secondary"
            data-testid="audit-older"
            disabled={page >= pages - 1}
            onClick={() => show(page + 1)}
          >
            Older
          </button>
        </p>
      ) : null}
      <ol class="audit" data-testid="audit" data-total={data ? total : undefined} aria-label="Requests">
        {data?.entries.map(({ number, entry }, i) => {
          const previous = data.entries[i - 1]?.entry;
          const newDay = !previous || dayKey(previous.time) !== dayKey(entry.time);
          return (
            <AuditItem
              key={entry.id}
              number={number}
              entry={entry}
              day={newDay ? dayLabel(entry.time, now) : undefined}
              now={now}
            />
          );
        })}
      </ol>
    </section>
  );
}
