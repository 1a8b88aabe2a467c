/**
 * Times our own work between Send and the draft: the real pipeline (lib/pipeline/run-job.ts with the
 * privacy stage, the outbound guard, the egress writing the audit log to IndexedDB, restore) against
 * stand-ins with zero model latency (scripts/lib/pipeline-stand-ins.ts), for every mode. A 200-fact
 * context (scripts/privacy-synthetic). Model time is zero; what the stand-ins themselves take (each
 * call answers synchronously, so the time inside it is all of it) is timed and taken out of the
 * per-token figures, so those are ours alone. Reading the reply body stays in ours, as with a real fetch.
 *   npm run bench:pipeline            (BENCH_MODES=logit npm run bench:pipeline: only those modes)
 * It also prints the panel's long tasks while a 10,000-word draft streams, as the streaming e2e last
 * measured them in the browser (npm run test:e2e -- streaming; scripts/lib/panel-longtasks.ts).
 * Prints a table, then one JSON line of the figures (milliseconds).
 */
import 'fake-indexeddb/auto';
import { execSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { auditLog } from '../lib/audit/log';
import { createCloudClient } from '../lib/engines/cloud-client';
import { runJob } from '../lib/pipeline/run-job';
import type { JobDeps, JobInput } from '../lib/pipeline/types';
import { EMPTY_POLICY, preparePrivacy, redact } from '../lib/privacy';
import { readPanelLongTasks, PANEL_LONGTASKS_FILE } from './lib/panel-longtasks';
import { standInFetch, standInLocal } from './lib/pipeline-stand-ins';
import { percentile } from './privacy-metrics';
import { rng, syntheticContext } from './privacy-synthetic';

const TOKENS = 600;
const RUNS = 7;
const TARGET = { firstTokenMs: 50, perTokenMs: 0.2 };
const ALL_MODES = ['sketch', 'logit', 'local-only', 'redacted-cloud'] as const;
type Mode = (typeof ALL_MODES)[number];
/** BENCH_MODES=logit (comma-separated) times only those modes, e.g. under a profiler. */
const MODES = ((only) => (only ? ALL_MODES.filter((m) => only.split(',').includes(m)) : ALL_MODES))(
  process.env.BENCH_MODES,
);

const context = syntheticContext(rng(42));
const name = context.profile.name ?? 'Maren Vale';
const employer = context.profile.employer ?? 'Harbourside Dental';
const instruction = `Write to ${name}'s team at ${employer}: thank them for the handover notes and propose a review next week.`;

/** Words with their leading space, as a model's tokens mostly are, cycled to `n` tokens. */
function tokensOf(text: string, n: number): string[] {
  const words = text.match(/\s*\S+/g) ?? [];
  return Array.from({ length: n }, (_, i) => (i === 0 ? '' : ' ') + (words[i % words.length] ?? '').trim());
}
const PROSE = (who: string) =>
  `Thank you all for the handover notes. ${who} and I read them on Monday and they made the week much easier. ` +
  `I would like to propose a short review next Thursday at ten, in the small meeting room. ` +
  `Please send me anything you want to add before then! Best wishes from the whole practice. `;
const localScript = tokensOf(PROSE(name), TOKENS);
const cloudDraft = tokensOf(PROSE('[PERSON_1]'), TOKENS);
const outline = tokensOf('- thank the team\n- propose a review next week\n- invite additions', 20);

interface Timing {
  firstMs: number;
  lastMs: number;
  /** CPU time this process spent between the first and the last token (user + system, all threads). */
  cpuMs: number;
  /** Of that span, the time spent inside the stand-ins themselves (not our work). */
  standInMs: number;
  tokens: number;
  requests: number;
}

/** `expected`: how many tokens the warm-up run emitted, so the CPU reading can stop at the last one. */
async function once(mode: Mode, expected?: number): Promise<Timing> {
  let emitted = 0;
  const cloudReply = mode === 'sketch' ? outline : cloudDraft;
  let requests = 0;
  // The stand-ins answer synchronously (their promises are already settled when returned), so the
  // time inside each call is all they cost; it is taken out of "ours" below.
  let standInMs = 0;
  const timed = <T>(f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      standInMs += performance.now() - t0;
    }
  };
  const standIn = standInFetch(cloudReply, localScript, () => emitted);
  const fetch: typeof standIn = (...args) => {
    requests++;
    return timed(() => standIn(...args));
  };
  const standInEngine = standInLocal(localScript);
  const local: typeof standInEngine = {
    ...standInEngine,
    nextTokens: (request) => timed(() => standInEngine.nextTokens(request)),
  };
  const start = performance.now();
  // Send: what the engine host does with the panel's request before the variant runs.
  const prepared = preparePrivacy(context);
  const { outbound, vault } = redact(instruction, prepared, EMPTY_POLICY);
  const deps: JobDeps = {
    context,
    prepared,
    cloud: () =>
      createCloudClient(
        { baseURL: 'https://cloud.example/v1', apiKey: 'sk-bench', model: 'big', timeoutMs: 60_000 },
        { fetch },
      ),
    local: () => local,
    audit: auditLog,
    now: Date.now,
  };
  const input: JobInput = {
    mode,
    site: 'mail.example',
    instruction,
    outbound,
    policy: EMPTY_POLICY,
    vault,
    signal: new AbortController().signal,
  };
  let first = 0;
  let last = 0;
  let standInFirst = 0;
  let standInLast = 0;
  // CPU time is read at the first token and at the last (a read per token would cost ~1.5 µs each), so
  // it spans what the wall-clock figures span; the job's own wind-down after its last token (one more
  // round of the privacy view and the local model to find the end) is in neither.
  let cpuFirst = process.cpuUsage();
  let cpuLast: NodeJS.CpuUsage | undefined;
  await runJob(input, deps, {
    stage: () => undefined,
    progress: () => undefined,
    sketch: () => undefined,
    draft: () => {
      last = performance.now();
      standInLast = standInMs;
      if (emitted === 0) {
        first = last;
        standInFirst = standInMs;
        cpuFirst = process.cpuUsage();
      }
      emitted++;
      if (emitted === expected) cpuLast = process.cpuUsage();
    },
  });
  if (expected !== undefined && emitted !== expected)
    throw new Error(`${mode}: ${emitted} tokens, the warm-up run had ${expected}`);
  const cpu = process.cpuUsage(cpuFirst);
  if (cpuLast) {
    cpu.user = cpuLast.user - cpuFirst.user;
    cpu.system = cpuLast.system - cpuFirst.system;
  }
  return {
    firstMs: first - start,
    lastMs: last - start,
    cpuMs: (cpu.user + cpu.system) / 1000,
    standInMs: standInLast - standInFirst,
    tokens: emitted,
    requests,
  };
}

const round = (x: number) => Number(x.toFixed(3));
interface Figures {
  firstTokenMs: number;
  lastTokenMs: number;
  perTokenMs: number;
  /** The quickest run: the machine is shared, so the median carries other processes' load. */
  perTokenBestMs: number;
  /**
   * CPU time of this process per token (median), the stand-ins' own time taken out: our own work. It
   * counts every thread of the process (V8's garbage collector and compilers too), so it can exceed the
   * wall-clock figure. The stand-ins' time taken out is their wall-clock time (a CPU reading around each
   * call would cost more than the call): on a loaded machine that exceeds their CPU time, so this
   * figure can be low by up to the stand-ins/token column.
   */
  perTokenCpuMs: number;
  /** Time inside the stand-ins per token (median), already taken out of the figures above. */
  perTokenStandInMs: number;
  tokens: number;
  cloudRequests: number;
}
const results: Record<string, Figures> = {};
for (const mode of MODES) {
  const warm = await once(mode); // warm-up: the JIT, lazy word tables, the database opened
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(mode, warm.tokens));
  const median = (f: (t: Timing) => number) =>
    percentile(
      runs.map(f).sort((a, b) => a - b),
      50,
    );
  const tokens = runs[0]?.tokens ?? 0;
  const gaps = (t: Timing) => Math.max(1, t.tokens - 1);
  // Ours: the span from the first token to the last, less what the stand-ins took inside it.
  const perToken = (t: Timing) => (t.lastMs - t.firstMs - t.standInMs) / gaps(t);
  results[mode] = {
    firstTokenMs: round(median((t) => t.firstMs)),
    lastTokenMs: round(median((t) => t.lastMs)),
    perTokenMs: round(median(perToken)),
    perTokenBestMs: round(Math.min(...runs.map(perToken))),
    perTokenCpuMs: round(median((t) => (t.cpuMs - t.standInMs) / gaps(t))),
    perTokenStandInMs: round(median((t) => t.standInMs / gaps(t))),
    tokens,
    cloudRequests: runs[0]?.requests ?? 0,
  };
}

console.log(
  'mode            first token   last token   per token (best)   cpu/token   stand-ins/token   tokens   cloud requests',
);
for (const [mode, r] of Object.entries(results)) {
  console.log(
    `${mode.padEnd(15)} ${`${r.firstTokenMs} ms`.padStart(11)} ${`${r.lastTokenMs} ms`.padStart(12)} ${`${r.perTokenMs} ms`.padStart(11)} ${`(${r.perTokenBestMs})`.padStart(8)} ${`${r.perTokenCpuMs} ms`.padStart(11)} ${`${r.perTokenStandInMs} ms`.padStart(17)} ${String(r.tokens).padStart(8)} ${String(r.cloudRequests).padStart(16)}`,
  );
}
const missed = Object.entries(results)
  .filter(([, r]) => r.firstTokenMs > TARGET.firstTokenMs || r.perTokenMs > TARGET.perTokenMs)
  .map(([mode]) => mode);
console.log(missed.length ? `Targets missed: ${missed.join(', ')}` : 'All targets met.');
const panel = readPanelLongTasks();
const head = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
})();
if (panel) {
  const stale = head !== undefined && panel.commit !== head ? ` — older than the code (HEAD ${head})` : '';
  console.log(
    `panel while ${panel.words.toLocaleString('en')} words stream (${panel.chunkChars}-character deltas): ` +
      `${panel.count} long tasks of 50 ms or more, longest ${panel.maxMs} ms, ${panel.totalMs} ms in all; ` +
      `streamed in ${panel.streamedMs} ms (e2e browser, ${panel.measuredAt}, commit ${panel.commit}${stale})`,
  );
} else {
  console.log(
    `panel while streaming: not measured yet (npm run test:e2e -- streaming writes ${PANEL_LONGTASKS_FILE})`,
  );
}
console.log(
  JSON.stringify({
    bench: 'pipeline',
    target: TARGET,
    modes: results,
    ...(panel
      ? {
          panel: {
            longTasks: panel.count,
            longestTaskMs: panel.maxMs,
            totalLongTaskMs: panel.totalMs,
            words: panel.words,
            measuredAt: panel.measuredAt,
            commit: panel.commit,
            current: panel.commit === head,
          },
        }
      : {}),
    targetsMet: missed.length === 0,
  }),
);
