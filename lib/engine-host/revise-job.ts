import { loadContext } from '../context/store';
import { chooseLocalEngine } from '../engines/choose-local';
import { AppError } from '../errors';
import type { JobEvent, JobRequest } from '../messaging/protocol';
import { reviseDraft } from '../pipeline/revise';
import { loadEndpoints } from '../settings/endpoints';

/** A Local only follow-up in the engine host: the device's model rewrites the draft; nothing leaves. */
export async function reviseJob(
  asked: Extract<JobRequest, { type: 'revise' }>,
  signal: AbortSignal,
  post: (event: JobEvent) => void,
): Promise<void> {
  const fields = [asked.instruction, asked.draft, asked.request];
  if (fields.some((field) => typeof field !== 'string')) throw new AppError('internal', 'Bad follow-up.');
  const [context, endpoints] = await Promise.all([loadContext(), loadEndpoints()]);
  const local = await chooseLocalEngine(endpoints, {
    allowDownload: asked.allowDownload === true,
    onProgress: ({ fraction, text }) => post({ type: 'progress', fraction, text }),
    onStage: (label) => post({ type: 'stage', stage: 'model', label }),
  });
  post({ type: 'stage', stage: 'local', label: `Rewriting your draft with ${local.label}` });
  const draft = await reviseDraft({ ...asked, signal }, { context, local }, (delta) =>
    post({ type: 'draft', delta }),
  );
  if (signal.aborted) throw new AppError('cancelled');
  post({ type: 'done', draft });
}
