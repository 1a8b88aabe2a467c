import type { Browser } from 'wxt/browser';
import { loadContext } from '../context/store';
import { AppError, serializeError } from '../errors';
import type { AssistNote, JobEvent, JobRequest } from '../messaging/protocol';
import { preparePrivacy, redactChecked, type CheckedRedaction } from '../privacy';
import { checkOutbound, checkRedacted } from '../privacy/check-outbound';
import { reviewScope } from '../privacy/possibly-private';
import { isVault } from '../privacy/vault';
import { runJob } from '../pipeline/run-job';
import { assistBudget, loadEndpoints, logitAvailable } from '../settings/endpoints';
import { draftCheckFor } from './check-draft';
import { reviseJob } from './revise-job';
import { relevantContext } from '../pipeline/relevant-context';
import type { PreparedContext, PrivacyPolicy } from '../privacy/types';
import { assistedPolicy, assistedPreview, contextLines, runAssist, type AssistRun } from './assist';
import { assembleJob } from './job-deps';
import { InsertedTrace } from './job-trace';
import { readyEngine, rememberReadyEngine } from './ready-engine';
import { logGuardRequest } from './guard-port';

function isJobRequest(value: unknown): value is JobRequest {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

async function privacyOnly() {
  return preparePrivacy(await loadContext());
}

/**
 * Serves one panel's job port in the engine host: answers its requests (preview, check, start,
 * cancel, accepted, check-draft). What a job needs is assembled in job-deps.ts; the opt-in trace is
 * kept by job-trace.ts. The port is the job's lifeline: if it closes (panel gone) the job is aborted;
 * if the host dies, the panel sees the port close.
 */
export function serveJobPort(port: Browser.runtime.Port): void {
  let controller: AbortController | undefined;
  const trace = new InsertedTrace();
  // The model-assisted pass, once per instruction for this panel; the newest preview alone is answered.
  const assists = new Map<string, Promise<AssistRun>>();
  const settled = new Map<string, AssistRun>();
  let previewSeq = 0;
  let lastInstruction = '';
  const post = (event: JobEvent) => {
    try {
      port.postMessage(event);
    } catch {
      controller?.abort();
    }
  };

  port.onDisconnect.addListener(() => {
    controller?.abort();
    void trace.closed().catch(() => undefined);
  });
  port.onMessage.addListener((message: unknown) => {
    if (!isJobRequest(message)) return;
    void handle(message).catch((error: unknown) => post({ type: 'error', error: serializeError(error) }));
  });

  async function start(asked: Extract<JobRequest, { type: 'start' }>): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const [context, endpoints] = await Promise.all([loadContext(), loadEndpoints()]);
    const { input, deps, local } = await assembleJob(asked, { context, endpoints }, own.signal, {
      notice: (text) => post({ type: 'notice', text }),
      progress: (fraction, text) => post({ type: 'progress', fraction, text }),
      stage: (label) => post({ type: 'stage', stage: 'model', label }),
      // Withholdings the local model proposed in the preview the user approved (same vault, same guard).
      policy: withAssist,
    });
    trace.reset();
    const draft = await runJob(input, deps, {
      stage: (stage, label) => post({ type: 'stage', stage, label }),
      progress: (fraction, text) => post({ type: 'progress', fraction, text }),
      sketch: (delta) => post({ type: 'sketch', delta }),
      draft: (delta) => post({ type: 'draft', delta }),
      trace: (steps) => trace.record(steps, endpoints.recordFusionTraces === true),
    });
    if (own.signal.aborted) throw new AppError('cancelled');
    if (local) rememberReadyEngine(endpoints, local);
    post({ type: 'done', draft });
  }

  function assistFor(instruction: string): Promise<AssistRun> {
    let run = assists.get(instruction);
    if (!run) {
      run = Promise.all([loadContext(), loadEndpoints()]).then(([context, endpoints]) =>
        runAssist(
          readyEngine(endpoints),
          instruction,
          contextLines(relevantContext(context, instruction)),
          assistBudget(endpoints),
        ),
      );
      // Settings or context unreadable: the rule-based result stands, and the note says the pass failed.
      run = run.catch(() => ({
        proposals: [],
        note: { status: 'failed' as const, added: 0, budgetMs: 0, ms: 0 },
      }));
      void run.then((result) => settled.set(instruction, result));
      assists.set(instruction, run);
    }
    return run;
  }

  function withAssist(instruction: string, prepared: PreparedContext, policy: PrivacyPolicy) {
    const run = settled.get(instruction);
    return run ? assistedPolicy(instruction, prepared, policy, run.proposals) : policy;
  }

  /** The rule-based preview at once, then (when the pass settles) the preview with the pass applied. */
  async function preview(request: Extract<JobRequest, { type: 'preview' }>): Promise<void> {
    const seq = ++previewSeq;
    lastInstruction = request.instruction;
    const prepared = await privacyOnly();
    const edited = request.edited;
    const running: AssistNote = { status: 'running', added: 0, budgetMs: 0, ms: 0 };
    const show = (run: AssistRun | undefined) => {
      if (seq !== previewSeq) return;
      let shown: { result: CheckedRedaction; policy: PrivacyPolicy; note: AssistNote };
      if (edited) {
        // After an edit the user's text is what leaves: the privacy stage runs on it, keeping its
        // placeholders' numbers, and the instruction is not redacted again over it. What the pass
        // found in the instruction is withheld wherever it occurs in that text.
        const policy = run
          ? assistedPolicy(request.instruction, prepared, request.policy, run.proposals)
          : request.policy;
        const vault = isVault(edited.vault) ? edited.vault : {};
        shown = {
          result: redactChecked(edited.outbound, prepared, policy, vault),
          policy,
          note: run?.note ?? running,
        };
      } else {
        shown = run
          ? assistedPreview(request.instruction, prepared, request.policy, run)
          : {
              result: redactChecked(request.instruction, prepared, request.policy),
              policy: request.policy,
              note: running,
            };
      }
      const { result, policy, note } = shown;
      post({
        type: 'preview',
        outbound: result.outbound,
        redactions: result.redactions,
        ...checkRedacted(result, prepared, policy),
        assist: note,
        scope: reviewScope(prepared),
        ...(edited ? { basis: edited.outbound } : {}),
      });
    };
    const done = settled.get(request.instruction);
    if (done) return show(done);
    const pending = assistFor(request.instruction);
    show(undefined);
    show(await pending);
  }

  async function handle(request: JobRequest): Promise<void> {
    switch (request.type) {
      case 'preview':
        return preview(request);
      case 'check': {
        const prepared = await privacyOnly();
        const policy = withAssist(lastInstruction, prepared, request.policy);
        post({
          type: 'check',
          ...checkOutbound(request.outbound, prepared, policy),
          basis: request.outbound,
        });
        return;
      }
      case 'start':
        return start(request);
      case 'cancel':
        controller?.abort();
        return;
      case 'logit-check':
        // The same test Send applies (start, above), from the cached Test connection result.
        post({ type: 'logit-check', available: logitAvailable(await loadEndpoints()) });
        return;
      case 'revise': {
        controller?.abort();
        const own = new AbortController();
        controller = own;
        trace.reset();
        return reviseJob(request, own.signal, post);
      }
      case 'accepted':
        trace.accepted(request.accepted);
        return;
      case 'check-draft': {
        const prepared = await privacyOnly().catch(() => undefined);
        const check = prepared
          ? draftCheckFor(request.draft, request.instruction, prepared)
          : { draft: request.draft, findings: [], details: 0, failed: true };
        post({ type: 'draft-check', check });
        return;
      }
      case 'guard-log':
        return logGuardRequest(request);
      default: {
        const unknown: never = request;
        throw new AppError('internal', `Unknown request ${JSON.stringify(unknown)}`);
      }
    }
  }
}
