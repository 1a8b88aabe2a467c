import type { TraceStep } from '../../../lib/fusion/trace';
import { InsertedTrace } from '../../../lib/engine-host/job-trace';

const STEPS = [{ token: 'x' }] as unknown as TraceStep[];

async function savedBy(trace: InsertedTrace): Promise<TraceStep[][]> {
  const saved: TraceStep[][] = [];
  await trace.closed((steps) => {
    saved.push(steps);
    return Promise.resolve();
  });
  return saved;
}

describe('the opt-in trace of an inserted Logit draft', () => {
  it('is saved when the port closes after the user inserted the draft, and opted in', async () => {
    const trace = new InsertedTrace();
    trace.record(STEPS, true);
    trace.accepted(true);
    expect(await savedBy(trace)).toEqual([STEPS]);
  });

  it('is not kept without the opt-in', async () => {
    const trace = new InsertedTrace();
    trace.record(STEPS, false);
    trace.accepted(true);
    expect(await savedBy(trace)).toEqual([[]]);
  });

  it('is not saved when the draft was not inserted, or the insert failed', async () => {
    const never = new InsertedTrace();
    never.record(STEPS, true);
    expect(await savedBy(never)).toEqual([]);
    const failed = new InsertedTrace();
    failed.record(STEPS, true);
    failed.accepted(true);
    failed.accepted(false);
    expect(await savedBy(failed)).toEqual([]);
  });

  it('a new draft drops the previous draft’s trace and its insert', async () => {
    const trace = new InsertedTrace();
    trace.record(STEPS, true);
    trace.accepted(true);
    trace.reset();
    expect(await savedBy(trace)).toEqual([]);
  });
});
