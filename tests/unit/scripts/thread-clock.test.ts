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
});
