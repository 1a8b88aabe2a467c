import { AppError } from '../errors';
import { draftPrompt, sketchPrompt } from './prompts';
import { relevantContext } from './relevant-context';
import { withPreviousDraft } from './revise';
import { cloudReplyRestored } from './outbound';
import { sentVault } from './job-vault';
import type { Variant } from './types';

/** Sketch: the cloud outlines the redacted instruction; the local model writes the personal draft. */
export const sketchVariant: Variant = {
  mode: 'sketch',
  async run(input, deps, sink) {
    // Only what was sent comes back: the placeholders of the final outbound text.
    const vault = sentVault(input.vault, input.outbound);
    const cloud = deps.cloud();
    sink.stage('cloud', `Asking ${new URL(cloud.endpoint).host} for an outline`);
    const outline = await cloudReplyRestored(
      cloud,
      sketchPrompt(input.outbound),
      'sketch',
      vault,
      input,
      deps,
      (text) => sink.sketch(text),
    );

    if (input.signal.aborted) throw new AppError('cancelled');
    const local = deps.local();
    sink.stage('local', `Writing your draft with ${local.label}`);
    const context = relevantContext(deps.context, input.instruction);
    let draft = '';
    for await (const delta of local.chat({
      messages: withPreviousDraft(draftPrompt(input.instruction, context, outline), input.previous),
      signal: input.signal,
    })) {
      draft += delta;
      sink.draft(delta);
    }
    return draft;
  },
};
