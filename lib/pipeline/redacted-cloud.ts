import { redact, RestoreStream } from '../privacy';
import { sendToCloud } from './outbound';
import { redactedDraftPrompt } from './prompts';
import type { Variant } from './types';

/**
 * Redacted cloud: for devices without a usable local model. The cloud writes the draft from the
 * redacted instruction; the placeholders are restored here, on the device, as the text streams in.
 */
export const redactedCloudVariant: Variant = {
  mode: 'redacted-cloud',
  async run(input, deps, sink) {
    const { vault } = redact(input.instruction, deps.prepared, input.policy);
    const cloud = deps.cloud();
    sink.stage('cloud', `Asking ${new URL(cloud.endpoint).host} for a draft`);
    const restorer = new RestoreStream(vault);
    let draft = '';
    const meta = {
      site: input.site,
      purpose: 'draft' as const,
      withheld: Object.keys(vault).length,
      policy: input.policy,
      signal: input.signal,
    };
    for await (const delta of sendToCloud(cloud, redactedDraftPrompt(input.outbound), meta, deps)) {
      const shown = restorer.push(delta);
      draft += shown;
      if (shown) sink.draft(shown);
    }
    const tail = restorer.end();
    if (tail) sink.draft(tail);
    return draft + tail;
  },
};
