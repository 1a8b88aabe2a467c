import { describe, expect, it } from 'vitest';
import { REQUEST_MARKS } from '../../../scripts/lib/privacy-bench-marks';
import {
  requestMedians,
  setFigures,
  timedRequests,
  type TraceEvent,
} from '../../../scripts/lib/privacy-bench-trace';

const PAGE = { pid: 7, tid: 1 };
const mark = (name: string, ts: number): TraceEvent => ({ name, ph: 'R', ts, ...PAGE });
const pause = (name: string, ts: number, dur: number, where = PAGE): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...where,
});
// Timed in another order than their ids': each timing keeps its request's id.
const requests = [
  { id: 1, set: 'table', chars: 20_000 },
  { id: 0, set: 'table', chars: 500 },
];

describe('bench:privacy-browser trace reading', () => {
  it('times each request by its marks and charges it only the GC pauses of its thread that began inside it', () => {
    const events = [
      mark(REQUEST_MARKS.end, 3000),
      mark(REQUEST_MARKS.start, 1000), // out of order in the file: sorted by time
      pause('MinorGC', 2000, 500),
      pause('MinorGC', 2200, 300, { pid: 7, tid: 2 }), // another thread's
      pause('MajorGC', 4000, 900), // between requests
      mark(REQUEST_MARKS.start, 5000),
      pause('MinorGC', 11_000, 2000), // begins inside, ends after: all of it is the request's wait
      pause('V8.GCScavenger', 11_000, 2000), // a phase of that pause, not a pause of its own
      mark(REQUEST_MARKS.end, 12_000),
    ];
    // No thread clock in these marks: no wait is known, and the request's own work is what GC left.
    expect(timedRequests(events, requests)).toEqual([
      { id: 1, set: 'table', chars: 20_000, ms: 2, gcMs: 0.5, waitMs: 0, ownMs: 1.5 },
      { id: 0, set: 'table', chars: 500, ms: 7, gcMs: 2, waitMs: 0, ownMs: 5 },
    ]);
  });

  it("reads the waits for a CPU from the thread's clock, and takes off only the CPU a pause used", () => {
    const clocked = (name: string, ts: number, tts: number): TraceEvent => ({ ...mark(name, ts), tts });
    const events = [
      // 6 ms on the wall, 3.5 ms on the thread: it waited 2.5 ms.
      clocked(REQUEST_MARKS.start, 1000, 500),
      // A 1.3 ms pause that ran 0.3 ms on the thread: the rest of it was waiting, counted already.
      { ...pause('MinorGC', 2000, 1300), tdur: 300 },
      clocked(REQUEST_MARKS.end, 7000, 4000),
      // 2 ms on both clocks, a pause with no thread time given: its wall time is taken off.
      clocked(REQUEST_MARKS.start, 8000, 5000),
      pause('MinorGC', 8500, 400),
      clocked(REQUEST_MARKS.end, 10_000, 7000),
    ];
    const [first, second] = timedRequests(events, requests);
    expect(first).toEqual({ id: 1, set: 'table', chars: 20_000, ms: 6, gcMs: 1.3, waitMs: 2.5, ownMs: 3.2 });
    expect(second?.waitMs).toBe(0);
    expect(second?.ownMs).toBeCloseTo(1.6, 10);
  });

  it('refuses a trace whose marks do not match the requests', () => {
    const events = [mark(REQUEST_MARKS.start, 1000), mark(REQUEST_MARKS.end, 2000)];
    expect(() => timedRequests(events, requests)).toThrow(/2 request marks for 2 requests/);
    const swapped = [...events, mark(REQUEST_MARKS.end, 2500), mark(REQUEST_MARKS.start, 3000)];
    expect(() => timedRequests(swapped, requests)).toThrow(/out of order/);
  });

  it('counts the requests over the bound, those with no pause in them, and those whose own work is over it', () => {
    const sets = setFigures(
      [
        { id: 0, set: 'log', chars: 20_000, ms: 6, gcMs: 1.5, waitMs: 0, ownMs: 5.2 },
        { id: 1, set: 'log', chars: 20_000, ms: 5.5, gcMs: 0, waitMs: 2, ownMs: 3.5 },
        { id: 2, set: 'log', chars: 1000, ms: 0.2, gcMs: 0, waitMs: 0, ownMs: 0.2 },
      ],
      5,
    );
    expect(sets.log).toMatchObject({
      worstMs: 6,
      worstGcMs: 1.5,
      requestsWithGc: 1,
      overBound: 2,
      overBoundWithoutGc: 1,
      worstWaitMs: 0,
      worstOwnMs: 5.2,
      overBoundOwnWork: 1,
      largestP50Ms: 5.5, // p50 as bench:privacy reads it (privacy-metrics' percentile): the lower of two
    });
  });

  it("gives each request the median of its runs' timings, whatever order each run took", () => {
    const timing = (id: number, ms: number) => ({
      id,
      set: id === 0 ? 'table' : 'log',
      chars: 20_000 - id,
      ms,
      gcMs: 0,
      waitMs: 0,
      ownMs: ms,
    });
    // Request 1 met a pause in its first run: its median is not that run's.
    const medians = requestMedians([
      [timing(0, 3), timing(1, 9.1)],
      [timing(1, 2), timing(0, 7.2)],
      [timing(0, 2.9), timing(1, 2.5)],
    ]);
    expect(medians).toEqual([
      { id: 0, set: 'table', chars: 20_000, ms: 3, runsMs: [3, 7.2, 2.9] },
      { id: 1, set: 'log', chars: 19_999, ms: 2.5, runsMs: [9.1, 2, 2.5] },
    ]);
    // An even count: the upper middle timing (never the lower, which would flatter the request).
    expect(requestMedians([[timing(0, 3)], [timing(0, 4)]]).map((m) => m.ms)).toEqual([4]);
  });

  it('refuses runs that did not time the same requests', () => {
    const timing = (id: number, chars = 500) => ({
      id,
      set: 'log',
      chars,
      ms: 1,
      gcMs: 0,
      waitMs: 0,
      ownMs: 1,
    });
    expect(() => requestMedians([[timing(0), timing(1)], [timing(0)]])).toThrow(/same requests/);
    expect(() =>
      requestMedians([
        [timing(0), timing(1)],
        [timing(0), timing(1, 501)],
      ]),
    ).toThrow(/request 1 is not the same request/);
  });
});
