import { draftPrompt } from './prompts';
import { relevantContext } from './relevant-context';
import type { Variant } from './types';

/** Local only: no cloud call at all. */
export const localOnlyVariant: Variant = {
  mode: 'local-only',
  async run(input, deps, sink) {
    const local = deps.local();
    sink.stage('local', `Writing your draft with ${local.label}`);
    let draft = '';
    const messages = draftPrompt(input.instruction, relevantContext(deps.context, input.instruction));
    for await (const delta of local.chat({ messages, signal: input.signal })) {
      draft += delta;
      sink.draft(delta);
    }
    return draft;
  },
};
