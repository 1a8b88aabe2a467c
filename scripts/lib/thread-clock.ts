/**
 * The calling thread's scheduler counters on Linux (/proc/thread-self/schedstat): the CPU time it has
 * run, and the time it has spent runnable but waiting for a CPU, in nanoseconds. bench:privacy reads
 * them around each timed request: on a shared machine a request can wait for a CPU about as long as
 * it works (a 20,000-character table took 7.12 ms on the wall, 3.74 of them waiting for a CPU), and
 * the wall time alone cannot say which. Undefined where the file is missing (not Linux, or no
 * scheduler statistics).
 */
import { readFileSync } from 'node:fs';

export interface ThreadClock {
  cpuNs: number;
  waitNs: number;
}

/** The first two numbers of a schedstat line; undefined for anything else. */
export function parseSchedstat(text: string): ThreadClock | undefined {
  const match = /^(\d+) (\d+) \d+\s*$/.exec(text);
  if (!match) return undefined;
  return { cpuNs: Number(match[1]), waitNs: Number(match[2]) };
}

let readable = true;

export function readThreadClock(): ThreadClock | undefined {
  if (!readable) return undefined;
  // The kernel brings a running thread's CPU time up to date only at scheduler events: read alone, it
  // moved in steps of a tick (4 ms here), so a request of 3 ms read 0 or 4 ms of CPU. A getrusage of
  // the process (process.cpuUsage) brings the calling thread's time up to date first (the kernel's
  // task_sched_runtime), and the file then reads it to the microsecond. The wait is exact without it:
  // it is added when the thread is given a CPU.
  process.cpuUsage();
  try {
    return parseSchedstat(readFileSync('/proc/thread-self/schedstat', 'utf8'));
  } catch {
    readable = false;
    return undefined;
  }
}
