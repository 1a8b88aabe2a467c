import type { AuditEntry } from '../../../lib/audit/types';
import { STATUS_TEXT, shownStatus } from '../../../lib/audit/view';
import { describeWithheld } from '../../../lib/audit/withheld';
import { RequestBody } from './RequestBody';

const PURPOSE: Record<AuditEntry['purpose'], string> = {
  sketch: 'Sketch outline',
  draft: 'Redacted cloud draft',
  logit: 'Logit round',
  probe: 'Test connection',
  guard: 'Guard: a message held for review',
};

/** One request: number, time, where it went, why, what was withheld, its outcome, and the request. */
export function AuditItem({
  number,
  entry,
  day,
  now,
}: {
  number: number;
  entry: AuditEntry;
  /** The day's heading, on the first entry of each day. */
  day: string | undefined;
  now: number;
}) {
  const status = shownStatus(entry, now);
  const time = new Date(entry.time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <li value={number} data-status={entry.status} class="audit-entry">
      {day ? <h3 class="audit-day">{day}</h3> : null}
      <div class="audit-head">
        <span class="audit-num">#{number}</span>
        <time dateTime={new Date(entry.time).toISOString()} title={new Date(entry.time).toLocaleString()}>
          {time}
        </time>
        <span class="audit-purpose">{PURPOSE[entry.purpose]}</span>
        <span class={`badge ${status}`}>{STATUS_TEXT[status]}</span>
        {entry.error ? <code class="audit-error">{entry.error}</code> : null}
      </div>
      <div class="audit-where">
        from <strong>{entry.site}</strong> to {entry.endpoint} ({entry.model}) ·{' '}
        <span class="audit-withheld">{describeWithheld(entry.withheld, entry.withheldKinds)}</span>
        {entry.replyChars !== undefined ? ` · reply ${entry.replyChars} characters` : ''}
      </div>
      <details>
        {/* A Guard entry records a decision on the AI site's own page: no request of ours to show. */}
        <summary>{entry.purpose === 'guard' ? 'What was decided' : 'Exact request'}</summary>
        <RequestBody entry={entry} />
      </details>
    </li>
  );
}
