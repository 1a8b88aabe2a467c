import { DEFAULT_FUSION_WEIGHTS } from '../fusion/default-weights';
import { createRng } from '../fusion/rng';
import { speculate } from '../fusion/speculative';
import type { TraceStep } from '../fusion/trace';
import { guardedProposer, isEndToken, localSide } from './logit-sides';
import { logitPrivacyView } from './privacy-view';
import { draftPrompt, logitCloudPrompt } from './prompts';
import { relevantContext } from './relevant-context';
import type { Variant } from './types';

const MAX_TOKENS = 700;
/** Greedy rounds: the cloud draws its argmax, and the fused argmax decides (reproducible drafts). */
const ROUND = { topLogprobs: 8, temperature: 0 };

/**
 * Logit mode: both models write together. Each cloud round proposes up to k tokens for the redacted
 * view of the text so far; the local model (which sees the context) fuses and accepts or replaces them
 * (lib/fusion/speculative.ts). Greedy (temperature 0): the fused argmax decides, so a draft is
 * reproducible.
 */
export const logitVariant: Variant = {
  mode: 'logit',
  async run(input, deps, sink) {
    const vault = input.vault;
    // The privacy view grows its own copy as the draft names more private values.
    const viewVault = { ...vault };
    const local = deps.local();
    const prompt = logitCloudPrompt(input.outbound);
    const cloud = deps.cloud();
    sink.stage('cloud', `Writing with ${new URL(cloud.endpoint).host} and ${local.label}, token by token`);
    const run = speculate({
      cloud: guardedProposer(
        cloud,
        prompt,
        ROUND,
        {
          site: input.site,
          withheld: Object.keys(vault).length,
          policy: input.policy,
          issued: viewVault,
        },
        deps,
      ),
      local: localSide(
        local,
        draftPrompt(input.instruction, relevantContext(deps.context, input.instruction)),
      ),
      weights: DEFAULT_FUSION_WEIGHTS,
      rng: createRng(1),
      maxTokens: MAX_TOKENS,
      temperature: 0,
      proposal: 'greedy',
      k: 8,
      privacyView: logitPrivacyView(deps.prepared, input.policy, viewVault),
      isEnd: isEndToken,
      signal: input.signal,
    });
    let draft = '';
    const steps: TraceStep[] = [];
    for await (const token of run) {
      if (token.sides) {
        steps.push({
          local: { top: token.sides.local },
          cloud: { top: token.sides.cloud },
          reference: { text: token.text },
        });
      }
      if (isEndToken(token.text)) break;
      draft += token.text;
      sink.draft(token.text);
    }
    sink.trace?.(steps);
    return draft;
  },
};
