import type { AuditEntry } from '../audit/types';
import type { ChatMessage, LocalEngine } from '../engines/types';
import type { CloudProposer, CloudStep, LocalModel } from '../fusion/protocol';
import type { PrivacyPolicy, Vault } from '../privacy/types';
import { mapProposerError } from '../engines/map-proposer-error';
import { assertGuarded } from './outbound';
import type { JobDeps } from './types';

/** Marks the end of the local model's text (it returned no candidates: end of sequence). */
export const END_OF_TEXT = '\u0000';
const EOS = new Set([END_OF_TEXT, '<|eot_id|>', '<|im_end|>', '<|endoftext|>', '</s>', '<|end|>']);
export const isEndToken = (token: string): boolean => EOS.has(token);

/**
 * Every cloud round of logit mode goes through the outbound guard and into the audit log, exactly as
 * the sketch request does.
 */
export function guardedProposer(
  proposer: CloudProposer,
  prompt: string,
  meta: {
    site: string;
    endpoint: string;
    model: string;
    withheld: number;
    policy: PrivacyPolicy;
    /** The job's vault, as the privacy view grows it: only its placeholders are skipped. */
    issued?: Vault;
  },
  deps: JobDeps,
): CloudProposer {
  return {
    ...(proposer.tokenizer ? { tokenizer: proposer.tokenizer } : {}),
    async propose(continuation, k, signal): Promise<CloudStep[]> {
      const payload = prompt + continuation;
      assertGuarded([{ role: 'user', content: payload }], deps.prepared, meta.policy, meta.issued);
      const entry: AuditEntry = {
        time: deps.now(),
        site: meta.site,
        endpoint: meta.endpoint,
        model: meta.model,
        purpose: 'logit',
        payload: { prompt: payload, max_tokens: k },
        withheld: meta.withheld,
        status: 'sent',
      };
      try {
        const steps = await proposer.propose(continuation, k, signal);
        await deps.audit(entry);
        return steps;
      } catch (error) {
        const appError = mapProposerError(error);
        await deps.audit({ ...entry, status: 'failed', error: appError.code });
        throw appError;
      }
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
