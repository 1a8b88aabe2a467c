import type { Profiler } from 'node:inspector';

/**
 * Leaves out the samples at either end taken in the inspector's own frame (`dispatch`, answering
 * start and stop): the first one's interval holds everything from the profiler's start to the first
 * request, about a fifth of a profile's time otherwise.
 */
export function trimEnds(profile: Profiler.Profile): void {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const inspector = (k: number) => names.get(samples[k] as number) === 'dispatch';
  let first = 0;
  let last = samples.length;
  while (first < last && inspector(first)) first++;
  while (last > first && inspector(last - 1)) last--;
  // Sample k was taken at startTime + the deltas up to k: the first kept one's delta stays, from the
  // last one left out, which becomes the start.
  let at = profile.startTime;
  for (let k = 0; k < last; k++) {
    at += deltas[k] ?? 0;
    if (k === first - 1) profile.startTime = at;
  }
  profile.endTime = at;
  profile.samples = samples.slice(first, last);
  profile.timeDeltas = deltas.slice(first, last);
}
