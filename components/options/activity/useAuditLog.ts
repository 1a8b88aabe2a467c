import { useEffect, useRef, useState } from 'preact/hooks';
import { watchAuditChanges } from '../../../lib/audit/changes';
import { listAuditPage, listAuditSites, type AuditFilter, type AuditPage } from '../../../lib/audit/log';
import { toAppError } from '../../../lib/errors';

export const PAGE_SIZE = 50;

export interface AuditLogState {
  page: number;
  data: AuditPage | undefined;
  sites: string[];
  /** The filter of the page on screen. */
  filter: AuditFilter;
  /** The filter last asked for: the page on screen until its read answers. */
  asked: AuditFilter;
  error: string | undefined;
  show(page: number, filter?: AuditFilter): void;
  /** Shows the first page of the filter last asked for, with `change` made to it. */
  refine(change: AuditFilter): void;
}

/**
 * The log's page on screen, kept current without a Refresh button: every write to the log (by the
 * engine host, in another context) is announced on a channel, and the page on screen is read again.
 */
export function useAuditLog(): AuditLogState {
  const [page, setPage] = useState(0);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [asked, setAsked] = useState<AuditFilter>({});
  const [data, setData] = useState<AuditPage>();
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  // Reads answer out of order when writes come fast: only the latest read may set the state.
  const latest = useRef(0);
  const where = useRef({ page, filter });

  const load = (at: number, by: AuditFilter) => {
    where.current = { page: at, filter: by };
    setAsked(by);
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

  return {
    page,
    data,
    sites,
    filter,
    asked,
    error,
    show: (at, by = where.current.filter) => load(at, by),
    // From the filter last asked for, not the one on screen: a second change made before the first
    // one's read answered (a slow disk, a busy machine) kept the first one, then undid it.
    refine: (change) => load(0, { ...where.current.filter, ...change }),
  };
}
