/**
 * npm run bench:privacy-browser — bench:privacy's long requests timed in headless Chromium, the engine
 * the extension runs in, rather than in Node. The stage is bundled with esbuild as the extension's build
 * would (no tsx helpers around each function) and run in a blank page, each request a task of its own
 * (scripts/lib/privacy-bench-page.ts). The page is traced: each request's time comes from the marks
 * around it, and the young- and old-generation GC pauses (MinorGC, MajorGC) that fell inside it are
 * read from the same trace, which Node's bench cannot say for the browser (a page's young generation is
 * smaller than Node's, so pauses meet more requests). Node's bench keeps the targets; this one says
 * whether the browser agrees. RUNS fresh browsers (default 3).
 * Prints a summary per run, then one JSON line.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { LONG_SIZES } from './lib/long-inputs';
import { REQUEST_MARKS } from './lib/privacy-bench-marks';
import type { PageFigures } from './lib/privacy-bench-page';

const RUNS = Number(process.env.RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WARM_ROUNDS = 5;
const PER_SIZE = 5;
const BOUND_MS = 5;
const LARGEST = LONG_SIZES[LONG_SIZES.length - 1] ?? 20_000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** One timed request as the trace saw it. */
interface Timed {
  set: string;
  chars: number;
  ms: number;
  gcMs: number;
}

/** The timed requests, in order, with the GC pauses on their thread that began inside each. */
function timedRequests(events: TraceEvent[], requests: PageFigures['requests']): Timed[] {
  const marks = events
    .filter((e) => e.name === REQUEST_MARKS.start || e.name === REQUEST_MARKS.end)
    .sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first || marks.length !== 2 * requests.length)
    throw new Error(`the trace holds ${marks.length} request marks for ${requests.length} requests`);
  const pauses = events.filter(
    (e) =>
      (e.name === 'MinorGC' || e.name === 'MajorGC') &&
      e.ph === 'X' &&
      e.pid === first.pid &&
      e.tid === first.tid,
  );
  return requests.map((request, i) => {
    const start = marks[2 * i] as TraceEvent;
    const end = marks[2 * i + 1] as TraceEvent;
    if (start.name !== REQUEST_MARKS.start || end.name !== REQUEST_MARKS.end)
      throw new Error(`request ${i}'s marks are out of order in the trace`);
    const gcUs = pauses
      .filter((p) => p.ts >= start.ts && p.ts < end.ts)
      .reduce((sum, p) => sum + (p.dur ?? 0), 0);
    return { ...request, ms: (end.ts - start.ts) / 1000, gcMs: gcUs / 1000 };
  });
}

const round = (x: number) => Number(x.toFixed(3));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** One run's figures per set, from its timed requests. */
function setFigures(timed: Timed[]) {
  const sets: Record<string, object> = {};
  for (const set of [...new Set(timed.map((t) => t.set))]) {
    const mine = timed.filter((t) => t.set === set);
    const worst = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
    const chars = mine.reduce((sum, t) => sum + t.chars, 0);
    const over = mine.filter((t) => t.ms > BOUND_MS);
    sets[set] = {
      usPerChar: round((mine.reduce((sum, t) => sum + t.ms, 0) * 1000) / chars),
      largestP50Ms: round(median(mine.filter((t) => t.chars >= LARGEST).map((t) => t.ms))),
      worstMs: round(worst.ms),
      worstGcMs: round(worst.gcMs),
      worstChars: worst.chars,
      requestsWithGc: mine.filter((t) => t.gcMs > 0).length,
      overBound: over.length,
      overBoundWithoutGc: over.filter((t) => t.gcMs === 0).length,
    };
  }
  return sets;
}

const bundled = await build({
  entryPoints: [resolve('scripts/lib/privacy-bench-page.ts')],
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  write: false,
  logLevel: 'warning',
});
const script = bundled.outputFiles[0]?.text ?? '';

const runs: { sets: Record<string, object>; worst: Timed }[] = [];
for (let i = 0; i < RUNS; i++) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
    const figures = await page.evaluate(
      ([warm, perSize]) =>
        (
          globalThis as unknown as { privacyBench: (w: number, p: number) => Promise<PageFigures> }
        ).privacyBench(warm, perSize),
      [WARM_ROUNDS, PER_SIZE] as const,
    );
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const timed = timedRequests(trace.traceEvents, figures.requests);
    const worst = timed.reduce((a, b) => (b.ms > a.ms ? b : a));
    runs.push({ sets: setFigures(timed), worst });
    const over = timed.filter((t) => t.ms > BOUND_MS);
    console.log(
      `run ${i + 1}: worst ${worst.ms.toFixed(2)} ms (GC in it ${worst.gcMs.toFixed(2)}), ${worst.chars} chars (${worst.set});` +
        ` ${over.length} of ${timed.length} requests over ${BOUND_MS} ms, ${over.filter((t) => t.gcMs === 0).length} of them` +
        ` without GC; ${timed.filter((t) => t.gcMs > 0).length} requests met a GC pause`,
    );
  } finally {
    await browser.close();
  }
}
console.log(
  JSON.stringify({
    bench: 'privacy-browser',
    browser: CHROMIUM,
    boundMs: BOUND_MS,
    runs: runs.map((r) => ({
      worst: { ...r.worst, ms: round(r.worst.ms), gcMs: round(r.worst.gcMs) },
      sets: r.sets,
    })),
    runsWithNoRequestOverBound: runs.filter((r) => r.worst.ms <= BOUND_MS).length,
  }),
);
