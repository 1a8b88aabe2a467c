import type { Profiler } from 'node:inspector';
import { describe, expect, it } from 'vitest';
import { trimEnds } from '../../../scripts/lib/profile-trim';

const frame = (functionName: string): Profiler.ProfileNode['callFrame'] => ({
  functionName,
  scriptId: '0',
  url: '',
  lineNumber: 0,
  columnNumber: 0,
});

/** A profile of samples named in turn, each `delta` µs after the one before. */
function profileOf(names: string[], deltas: number[]): Profiler.Profile {
  const ids = new Map<string, number>();
  for (const name of names) if (!ids.has(name)) ids.set(name, ids.size + 1);
  return {
    nodes: [...ids].map(([name, id]) => ({ id, callFrame: frame(name) })),
    startTime: 1000,
    endTime: 1000 + deltas.reduce((a, b) => a + b, 0),
    samples: names.map((name) => ids.get(name) as number),
    timeDeltas: deltas,
  };
}

describe('trimEnds', () => {
  it("leaves out the inspector's samples at either end, the times of the others as they were", () => {
    const profile = profileOf(
      ['dispatch', 'scan', 'dispatch', 'redact', 'dispatch', 'dispatch'],
      [80_000, 5, 7, 11, 13, 17],
    );
    trimEnds(profile);
    // The kept samples: 'scan' at 1000 + 80005, 'dispatch' inside at +7, 'redact' at +11.
    expect(profile.samples).toEqual([2, 1, 3]);
    expect(profile.timeDeltas).toEqual([5, 7, 11]);
    expect(profile.startTime).toBe(81_000);
    expect(profile.endTime).toBe(81_023);
  });

  it('keeps a profile with no inspector sample whole', () => {
    const profile = profileOf(['scan', 'redact'], [3, 4]);
    trimEnds(profile);
    expect([profile.samples, profile.timeDeltas, profile.startTime, profile.endTime]).toEqual([
      [1, 2],
      [3, 4],
      1000,
      1007,
    ]);
  });
});
