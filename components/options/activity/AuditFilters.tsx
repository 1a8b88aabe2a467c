import type { AuditFilter } from '../../../lib/audit/log';
import type { AuditStatus } from '../../../lib/audit/types';
import { STATUS_TEXT } from '../../../lib/audit/view';

const STATUSES: AuditStatus[] = ['sent', 'failed', 'interrupted', 'sending', 'kept'];

/**
 * Site and status filters; each change shows the newest page of what matches. `filter` is the one last
 * asked for, and `onChange` gets the one field changed.
 */
export function AuditFilters({
  sites,
  filter,
  onChange,
}: {
  sites: string[];
  filter: AuditFilter;
  onChange(change: AuditFilter): void;
}) {
  return (
    <div class="row audit-filters">
      <label>
        Site{' '}
        <select
          data-testid="audit-site"
          value={filter.site ?? ''}
          onChange={(e) => onChange({ site: e.currentTarget.value || undefined })}
        >
          <option value="">All sites</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select
          data-testid="audit-status"
          value={filter.status ?? ''}
          onChange={(e) =>
            onChange({ status: (e.currentTarget.value || undefined) as AuditStatus | undefined })
          }
        >
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_TEXT[status]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
