import { useEffect, useRef, useState } from 'preact/hooks';
import { watchAuditChanges } from '../../../lib/audit/changes';
import { listAuditPage, listAuditSites, type AuditFilter, type AuditPage } from '../../../lib/audit/log';
import { toAppError } from '../../../lib/errors';

export const PAGE_SIZE = 50;

export interface AuditLogState {
  page: number;
  data: AuditPage | undefined;
  sites: string[];
  filter: AuditFilter;
  error: string | undefined;
  show(page: number, filter?: AuditFilter): void;
}

/**
 * The log's page on screen, kept current without a Refresh button: every write to the log (by the
 * engine host, in another context) is announced on a channel, and the page on screen is read again.
 */
export function useAuditLog(): AuditLogState {
  const [page, setPage] = useState(0);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [data, setData] = useState<AuditPage>();
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  // Reads answer out of order when writes come fast: only the latest read may set the state.
  const latest = useRef(0);
  const where = useRef({ page, filter });

  const load = (at: number, by: AuditFilter) => {
    where.current = { page: at, filter: by };
    const ticket = ++latest.current;
    Promise.all([listAuditPage(at, PAGE_SIZE, by), listAuditSites()]).then(
      ([next, known]) => {
        if (ticket !== latest.current) return;
        setPage(at);
        setFilter(by);
        setData(next);
        setSites(known);
        setError(undefined);
      },
      (e: unknown) => setError(toAppError(e).userText),
    );
  };

  useEffect(() => {
    load(0, {});
    return watchAuditChanges(() => load(where.current.page, where.current.filter));
  }, []);

  return { page, data, sites, filter, error, show: (at, by = where.current.filter) => load(at, by) };
}
