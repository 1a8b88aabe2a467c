/**
 * What bench:privacy-browser reads from its page's trace: each timed request's time, from the marks
 * around it (REQUEST_MARKS), the GC pauses on the page's thread that began inside it, and how long the
 * thread was not running in it: a mark also carries the thread's own clock (`tts`, the CPU time it has
 * run), and what the wall clock adds to that the thread spent waiting: for a CPU, while Chromium's
 * other processes or the machine's had the two cores, or for the helpers of a GC pause.
 */
import { LONG_SIZES } from './long-inputs';
import { REQUEST_MARKS } from './privacy-bench-marks';
import { percentile } from '../privacy-metrics';
import type { TimedRequests } from './privacy-bench-page';

const LARGEST = LONG_SIZES[LONG_SIZES.length - 1] ?? 20_000;

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time at the event, and during it (µs), where the platform gives them. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/** One timed request as the trace saw it. */
export interface Timed {
  /** The request, the same in every run (TimedRequests' id). */
  id: number;
  set: string;
  chars: number;
  ms: number;
  gcMs: number;
  /**
   * Wall time minus the thread's CPU time between the marks: the time it was not running (0 where the
   * trace has no thread clock).
   */
  waitMs: number;
  /**
   * The stage's own work: the thread's CPU time less what its GC pauses ran on it. A scavenge's pause
   * is mostly the thread waiting for the helpers it shares the work with (1.3 ms of pause, 0.3 ms of
   * the thread's CPU), so the pause's wall time would take off waits counted already.
   */
  ownMs: number;
}

/** The timed requests, in order, with the GC pauses on their thread that began inside each. */
export function timedRequests(events: TraceEvent[], requests: TimedRequests): Timed[] {
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
    const inside = pauses.filter((p) => p.ts >= start.ts && p.ts < end.ts);
    const gcMs = inside.reduce((sum, p) => sum + (p.dur ?? 0), 0) / 1000;
    const ms = (end.ts - start.ts) / 1000;
    if (start.tts === undefined || end.tts === undefined)
      return { ...request, ms, gcMs, waitMs: 0, ownMs: ms - gcMs };
    const cpuMs = (end.tts - start.tts) / 1000;
    const gcCpuMs = inside.reduce((sum, p) => sum + (p.tdur ?? p.dur ?? 0), 0) / 1000;
    return { ...request, ms, gcMs, waitMs: Math.max(0, ms - cpuMs), ownMs: Math.max(0, cpuMs - gcCpuMs) };
  });
}

export const round = (x: number) => Number(x.toFixed(3));

/** One set's figures in one run (ms; µs per character). */
export interface SetFigures {
  usPerChar: number;
  /** The median request of LONG_SIZES' largest size. */
  largestP50Ms: number;
  worstMs: number;
  worstGcMs: number;
  /** How long the worst request's thread was not running in it. */
  worstWaitMs: number;
  worstChars: number;
  requestsWithGc: number;
  /** Requests over the bound, and those of them with no GC pause in them. */
  overBound: number;
  overBoundWithoutGc: number;
  /** The most own work (Timed's ownMs) of any request of the set. */
  worstOwnMs: number;
  /** Requests whose own work is over the bound. */
  overBoundOwnWork: number;
}

/** One run's figures per set, from its timed requests. */
export function setFigures(timed: Timed[], boundMs: number): Record<string, SetFigures> {
  const sets: Record<string, SetFigures> = {};
  for (const set of [...new Set(timed.map((t) => t.set))]) {
    const mine = timed.filter((t) => t.set === set);
    const worst = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
    const chars = mine.reduce((sum, t) => sum + t.chars, 0);
    const over = mine.filter((t) => t.ms > boundMs);
    sets[set] = {
      usPerChar: round((mine.reduce((sum, t) => sum + t.ms, 0) * 1000) / chars),
      largestP50Ms: round(
        percentile(
          mine
            .filter((t) => t.chars >= LARGEST)
            .map((t) => t.ms)
            .sort((a, b) => a - b),
          50,
        ),
      ),
      worstMs: round(worst.ms),
      worstGcMs: round(worst.gcMs),
      worstWaitMs: round(worst.waitMs),
      worstChars: worst.chars,
      requestsWithGc: mine.filter((t) => t.gcMs > 0).length,
      overBound: over.length,
      overBoundWithoutGc: over.filter((t) => t.gcMs === 0).length,
      worstOwnMs: round(Math.max(...mine.map((t) => t.ownMs))),
      overBoundOwnWork: over.filter((t) => t.ownMs > boundMs).length,
    };
  }
  return sets;
}

/** A request's time over several runs: the median of its timings, one a run (in run order). */
export interface RequestMedian {
  id: number;
  set: string;
  chars: number;
  ms: number;
  runsMs: number[];
}

/**
 * Each request's median timing over runs that timed the same requests, each run in its own order (the
 * upper middle one of an even count); in the order of the requests' ids.
 */
export function requestMedians(runs: readonly (readonly Timed[])[]): RequestMedian[] {
  const byId = new Map<number, Timed[]>();
  for (const run of runs)
    for (const t of run) {
      const seen = byId.get(t.id) ?? [];
      const other = seen[0];
      if (other && (other.set !== t.set || other.chars !== t.chars))
        throw new Error(`request ${t.id} is not the same request in every run`);
      seen.push(t);
      byId.set(t.id, seen);
    }
  if ([...byId.values()].some((timings) => timings.length !== runs.length))
    throw new Error('the runs did not time the same requests');
  return [...byId.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, timings]) => {
      const runsMs = timings.map((t) => t.ms);
      const sorted = [...runsMs].sort((a, b) => a - b);
      const { set, chars } = timings[0] as Timed;
      return { id, set, chars, ms: sorted[Math.floor(sorted.length / 2)] ?? 0, runsMs };
    });
}
