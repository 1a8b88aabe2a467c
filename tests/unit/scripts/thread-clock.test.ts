import { describe, expect, it } from 'vitest';
import { parseSchedstat, readThreadClock } from '../../../scripts/lib/thread-clock';

describe("bench:privacy's thread clock", () => {
  it('reads the CPU time and the wait for a CPU from a schedstat line', () => {
    expect(parseSchedstat('60796934 578619 8\n')).toEqual({ cpuNs: 60_796_934, waitNs: 578_619 });
  });

  it('gives nothing for what is not a schedstat line', () => {
    expect(parseSchedstat('')).toBeUndefined();
    expect(parseSchedstat('60796934 578619\n')).toBeUndefined();
    expect(parseSchedstat('a b c\n')).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')("reads this thread's clock, which runs on as it works", () => {
    const before = readThreadClock();
    let x = 0;
    for (let i = 0; i < 2e6; i++) x += i % 3;
    const after = readThreadClock();
    expect(x).toBeGreaterThan(0);
    if (!before || !after) return; // a kernel without scheduler statistics
    expect(after.cpuNs).toBeGreaterThan(before.cpuNs);
    expect(after.waitNs).toBeGreaterThanOrEqual(before.waitNs);
  });

  it.runIf(process.platform === 'linux')('reads CPU time finer than a scheduler tick', () => {
    // Short windows of work: one thread's CPU time in a window cannot exceed the window's wall time.
    // A clock brought up to date only at each tick (4 ms on our machines) jumps by a tick inside some
    // of them; each window is well under a tick, so 40 of them meet several ticks.
    const over: number[] = [];
    for (let k = 0; k < 40; k++) {
      const wallStart = performance.now();
      const before = readThreadClock();
      const until = wallStart + 0.5;
      while (performance.now() < until);
      const after = readThreadClock();
      const wallMs = performance.now() - wallStart;
      if (!before || !after) return; // a kernel without scheduler statistics
      const cpuMs = (after.cpuNs - before.cpuNs) / 1e6;
      // 0.05 ms and 1% for the two clocks' own steps and rates.
      if (cpuMs > wallMs * 1.01 + 0.05) over.push(cpuMs - wallMs);
    }
    expect(over).toEqual([]);
  });
});
