/**
 * Measures the privacy stage against off-the-shelf redactors, in one run, on the same requests:
 *   npm run eval:privacy -- --own                                     the own-context suite only
 *   npm run eval:privacy -- --pupa ../shared/data/pupa/PUPA_TNB.csv   PUPA, then the own-context suite
 * (with no option, the own-context suite runs). `--seed N` generates another own-context suite from the
 * same personas; `--own-cases FILE` writes each of its cases with CoGenesis's outbound text (JSON Lines). Prints tables (no private values), then ONE JSON line:
 * PUPA's figures for CoGenesis (empty context) at the top level, as before, and the own-context suite's
 * figures under "own".
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EMPTY_CONTEXT } from '../lib/context/types';
import { EMPTY_POLICY, preparePrivacy, redact } from '../lib/privacy';
import type { PreparedContext } from '../lib/privacy';
import { parseCsvRecords } from './lib/csv';
import { ownContextSuite } from './own-context-report';
import { peers } from './privacy-peers';
import { add, itemsOf, measure, percentile, ZERO, type Counts } from './privacy-metrics';

interface Row {
  name: string;
  counts: Counts;
  times: number[];
}

const round = (x: number, d: number) => Number(x.toFixed(d));

function pupaSuite(pupaPath: string): Record<string, unknown> {
  const records = parseCsvRecords(readFileSync(pupaPath, 'utf8')).map((r) => ({
    query: r.user_query ?? '',
    items: itemsOf(r.user_query ?? '', r.pii_units ?? ''),
  }));

  function run(name: string, redactor: (query: string, items: string[]) => string): Row {
    const first = records[0];
    if (first) redactor(first.query, first.items); // warm-up: lazy tables and JIT, for every contender alike
    const row: Row = { name, counts: ZERO, times: [] };
    for (const { query, items } of records) {
      const t0 = performance.now();
      const outbound = redactor(query, items);
      row.times.push(performance.now() - t0);
      row.counts = add(row.counts, measure(query, items, outbound));
    }
    row.times.sort((a, b) => a - b);
    return row;
  }

  const empty = preparePrivacy(EMPTY_CONTEXT);
  const asContext = (items: string[]): PreparedContext =>
    preparePrivacy({ ...EMPTY_CONTEXT, facts: items.map((text) => ({ text })) });

  const rows: Row[] = [
    run('CoGenesis (no user context)', (q) => redact(q, empty, EMPTY_POLICY).outbound),
    // Preparing the context is once per job in the extension, so it is done outside the timed call.
    (() => {
      const prepared = new Map(records.map((r) => [r.query, asContext(r.items)]));
      return run(
        'CoGenesis (items given as context)',
        (q) => redact(q, prepared.get(q) ?? empty, EMPTY_POLICY).outbound,
      );
    })(),
    ...peers.map((peer) => run(peer.name, (q) => peer.redact(q))),
  ];

  const pct = (a: number, b: number) => (b === 0 ? 0 : (100 * a) / b);
  const figures = (row: Row) => ({
    leak: pct(row.counts.leaked, row.counts.items),
    retention: pct(row.counts.kept, row.counts.words),
    capRetention: pct(row.counts.capKept, row.counts.capWords),
    p50: percentile(row.times, 50),
    p95: percentile(row.times, 95),
  });

  console.log(
    `PUPA: ${records.length} requests, ${rows[0]?.counts.items ?? 0} annotated items present in them\n`,
  );
  console.log('| redactor | leak % | retention % | capitalised retention % | p50 ms | p95 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const f = figures(row);
    console.log(
      `| ${row.name} | ${f.leak.toFixed(1)} | ${f.retention.toFixed(1)} | ${f.capRetention.toFixed(1)} | ${f.p50.toFixed(3)} | ${f.p95.toFixed(3)} |`,
    );
  }
  const main = rows[0];
  if (!main) return {};
  const f = figures(main);
  return {
    redactor: 'cogenesis',
    requests: records.length,
    items: main.counts.items,
    leakRate: round(f.leak / 100, 4),
    retention: round(f.retention / 100, 4),
    capitalisedRetention: round(f.capRetention / 100, 4),
    p50Ms: round(f.p50, 4),
    p95Ms: round(f.p95, 4),
  };
}

const argv = process.argv.slice(2);
const wantsPupa = argv.includes('--pupa');
const pupaPath = wantsPupa ? argv[argv.indexOf('--pupa') + 1] : undefined;
if (wantsPupa && !pupaPath) {
  console.error(
    'usage: npm run eval:privacy -- [--own] [--pupa ../shared/data/pupa/PUPA_TNB.csv] [--seed N] [--own-cases FILE]',
  );
  process.exit(2);
}
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const seedText = option('--seed');
const seed = seedText === undefined ? undefined : Number(seedText);
if (seed !== undefined && !Number.isInteger(seed)) {
  console.error('--seed takes a whole number');
  process.exit(2);
}
const pupa = pupaPath ? pupaSuite(pupaPath) : {};
const own = ownContextSuite({ seed, casesFile: option('--own-cases') });
console.log(JSON.stringify({ ...pupa, own }));
