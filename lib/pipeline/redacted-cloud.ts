import { cloudReplyRestored } from './outbound';
import { redactedDraftPrompt } from './prompts';
import { sentVault } from './job-vault';
import type { Variant } from './types';

/**
 * Redacted cloud: for devices without a usable local model. The cloud writes the draft from the
 * redacted instruction; the placeholders are restored here, on the device, as the text streams in.
 */
export const redactedCloudVariant: Variant = {
  mode: 'redacted-cloud',
  async run(input, deps, sink) {
    // Only what was sent comes back: the placeholders of the final outbound text.
    const vault = sentVault(input.vault, input.outbound);
    const cloud = deps.cloud();
    sink.stage('cloud', `Asking ${new URL(cloud.endpoint).host} for a draft`);
    const prompt = redactedDraftPrompt(input.outbound);
    return cloudReplyRestored(cloud, prompt, 'draft', vault, input, deps, (text) => sink.draft(text));
  },
};
