import type { ChatMessage, CloudClient, LocalEngine } from '../engines/types';
import type { CloudProposer, CloudStep, LocalModel } from '../fusion/driver';
import type { PrivacyPolicy, Vault } from '../privacy/types';
import { incrementalGuard } from './incremental-guard';
import { outboundOf } from './outbound';
import type { JobDeps } from './types';

/** Marks the end of the local model's text (it returned no candidates: end of sequence). */
export const END_OF_TEXT = '\u0000';
const EOS = new Set([END_OF_TEXT, '<|eot_id|>', '<|im_end|>', '<|endoftext|>', '</s>', '<|end|>']);
export const isEndToken = (token: string): boolean => EOS.has(token);

/** How each logit round asks the cloud: candidates per position and temperature of its drawing. */
export interface RoundSettings {
  topLogprobs: number;
  temperature: number;
}

/**
 * Logit mode's cloud side. Each round is one completions request through the egress, like the sketch
 * request: guarded on its exact body, audited before it leaves with every parameter, settled after.
 */
export function guardedProposer(
  cloud: CloudClient,
  prompt: string,
  round: RoundSettings,
  meta: {
    site: string;
    withheld: number;
    policy: PrivacyPolicy;
    /** The job's vault, as the privacy view grows it: only its placeholders are skipped. */
    issued?: Vault;
  },
  deps: JobDeps,
): CloudProposer {
  // Each round's prompt extends the last: only its unsettled tail is guarded again (incremental-guard.ts).
  const outbound = {
    ...outboundOf({ ...meta, purpose: 'logit' }, deps),
    guard: incrementalGuard(deps.prepared, meta.policy, meta.issued),
  };
  return {
    propose(continuation, k, signal): Promise<CloudStep[]> {
      return cloud.complete(
        { prompt: prompt + continuation, maxTokens: k, ...round, ...(signal ? { signal } : {}) },
        outbound,
      );
    },
  };
}

/** The local engine as fusion's LocalModel: the private prompt, then the text generated so far. */
export function localSide(engine: LocalEngine, messages: ChatMessage[], topK = 20): LocalModel {
  return {
    ...(engine.tokenizer ? { tokenizer: engine.tokenizer } : {}),
    async distribution(continuation, signal) {
      const top = await engine.nextTokens({
        messages,
        prefix: continuation,
        topK,
        ...(signal ? { signal } : {}),
      });
      return top.length > 0 ? top : [{ text: END_OF_TEXT, logprob: 0 }];
    },
  };
}
