import { AppError } from '../errors';
import { jobVault } from './job-vault';
import type { JobDeps, JobInput, JobSink } from './types';
import { VARIANTS } from './variants';

/** Runs one job to its draft. Nothing here writes to the page: the panel inserts only on the user's word. */
export async function runJob(input: JobInput, deps: JobDeps, sink: JobSink): Promise<string> {
  const variant = VARIANTS[input.mode];
  const draft = await variant.run({ ...input, vault: jobVault(input, deps.prepared) }, deps, sink);
  if (input.signal.aborted) throw new AppError('cancelled');
  return draft.trim();
}
