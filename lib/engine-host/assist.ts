import type { LocalEngine } from '../engines/types';
import { detectSpans, releaseKey } from '../privacy/detect';
import {
  assistPrompt,
  keepsEveryWithholding,
  MAX_REPLY_CHARS,
  parseAssistReply,
  widenOverRules,
  type Proposal,
} from '../privacy/model-assist';
import type { PreparedContext, PrivacyPolicy } from '../privacy/types';
import { redactChecked, type CheckedRedaction } from '../privacy';
import type { AssistNote } from '../messaging/protocol';
import type { RelevantContext } from '../pipeline/relevant-context';

/** What the local model's pass gave for one instruction, and what the panel says about it. */
export interface AssistRun {
  proposals: Proposal[];
  note: AssistNote;
}

const ASSIST_MAX_TOKENS = 300;
const USER_SELECTION = 'your selection';
export const ASSIST_SOURCE = 'local model';

/**
 * Runs the pass within `budgetMs`. The model's answer is read strictly (parseAssistReply); a model that
 * errs, ignores the abort or runs past the budget leaves no proposals and a note saying so.
 */
export async function runAssist(
  engine: LocalEngine | undefined,
  instruction: string,
  contextLines: readonly string[],
  budgetMs: number,
  now: () => number = () => performance.now(),
): Promise<AssistRun> {
  const started = now();
  const note = (status: AssistNote['status']): AssistNote => ({
    status,
    added: 0,
    budgetMs,
    ms: Math.round(now() - started),
  });
  if (budgetMs <= 0) return { proposals: [], note: note('off') };
  if (!engine) return { proposals: [], note: note('unavailable') };
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, budgetMs);
  });
  const read = async () => {
    let reply = '';
    for await (const delta of engine.chat({
      messages: assistPrompt(instruction, contextLines),
      maxTokens: ASSIST_MAX_TOKENS,
      temperature: 0,
      signal: controller.signal,
    })) {
      reply += delta;
      if (reply.length > MAX_REPLY_CHARS || controller.signal.aborted) break;
    }
    return reply;
  };
  try {
    const reply = await Promise.race([read(), timeout]);
    if (reply === 'timeout') return { proposals: [], note: note('timeout') };
    const proposals = parseAssistReply(reply, instruction);
    return { proposals, note: note(proposals.length > 0 ? 'added' : 'none') };
  } catch {
    return { proposals: [], note: note('failed') };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/**
 * The user's policy with the model's proposals added as values to withhold (widened over the rules'
 * spans), minus anything the user released: the user's word wins over the model's.
 */
export function assistedPolicy(
  instruction: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  proposals: readonly Proposal[],
): PrivacyPolicy {
  if (proposals.length === 0) return policy;
  const released = new Set(policy.released.map(releaseKey));
  const rules = detectSpans(instruction, prepared, policy);
  const extra = widenOverRules(
    instruction,
    proposals.filter((p) => !released.has(releaseKey(p.text))),
    rules,
  ).filter((value) => !released.has(releaseKey(value)) && !policy.extra.includes(value));
  return extra.length > 0 ? { ...policy, extra: [...policy.extra, ...extra] } : policy;
}

/**
 * The preview with the pass applied: the proposals withheld and labelled as the local model's. If the
 * result would uncover anything the rules withheld, the rule-based result stands (and says so).
 */
export function assistedPreview(
  instruction: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  run: AssistRun,
): { result: CheckedRedaction; policy: PrivacyPolicy; note: AssistNote } {
  const base = redactChecked(instruction, prepared, policy);
  const augmented = assistedPolicy(instruction, prepared, policy, run.proposals);
  if (augmented === policy) return { result: base, policy, note: { ...run.note, status: noneIfAdded(run) } };
  const result = redactChecked(instruction, prepared, augmented);
  if (!keepsEveryWithholding(base.redactions, result.redactions))
    return { result: base, policy, note: { ...run.note, status: 'failed' } };
  const mine = new Set(policy.extra.map(releaseKey));
  const redactions = result.redactions.map((r) =>
    r.source === USER_SELECTION && !mine.has(releaseKey(r.original)) ? { ...r, source: ASSIST_SOURCE } : r,
  );
  const added = new Set(redactions.filter((r) => r.source === ASSIST_SOURCE).map((r) => r.placeholder)).size;
  return {
    result: { ...result, redactions },
    policy: augmented,
    note: { ...run.note, status: added > 0 ? 'added' : 'none', added },
  };
}

function noneIfAdded(run: AssistRun): AssistNote['status'] {
  return run.note.status === 'added' ? 'none' : run.note.status;
}

/** The context as the pass reads it: profile fields and facts (writing samples are not needed). */
export function contextLines(context: RelevantContext): string[] {
  return [...context.profile.map(([key, value]) => `${key}: ${value}`), ...context.facts];
}
