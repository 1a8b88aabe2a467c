import type { Browser } from 'wxt/browser';
import { auditLog } from '../audit/log';
import { loadContext } from '../context/store';
import { chooseLocalEngine } from '../engines/choose-local';
import { createCloudClient } from '../engines/cloud-client';
import type { LocalEngine } from '../engines/types';
import { AppError, serializeError } from '../errors';
import type { AssistNote, JobEvent, JobRequest } from '../messaging/protocol';
import { guardPayload, preparePrivacy, redact } from '../privacy';
import { findPossiblyPrivate, reviewScope } from '../privacy/possibly-private';
import { isVault } from '../privacy/vault';
import { runJob } from '../pipeline/run-job';
import type { JobDeps } from '../pipeline/types';
import { assistBudget, loadEndpoints, logitAvailable } from '../settings/endpoints';
import type { TraceStep } from '../fusion/trace';
import { saveTrace } from '../fusion/trace-store';
import { draftCheckFor } from './check-draft';
import { relevantContext } from '../pipeline/relevant-context';
import type { PrivacyPolicy, RedactionResult } from '../privacy/types';
import { assistedPolicy, assistedPreview, contextLines, runAssist, type AssistRun } from './assist';
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
 * Serves one panel's job port in the engine host. The port is the job's lifeline: if it closes
 * (panel gone) the job is aborted; if the host dies, the panel sees the port close.
 */
export function serveJobPort(port: Browser.runtime.Port): void {
  let controller: AbortController | undefined;
  // The last draft's logit-mode steps, saved only if the user inserts it and has opted in. A
  // successful insert closes the panel, so the trace is saved when the port closes.
  let lastTrace: TraceStep[] = [];
  let inserting = false;
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
    if (inserting) void saveTrace(lastTrace).catch(() => undefined);
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
    // Withholdings the local model proposed in the preview the user approved (same vault, same guard).
    let request = { ...asked, policy: withAssist(asked.instruction, preparePrivacy(context), asked.policy) };
    if (asked.mode === 'logit' && !logitAvailable(endpoints)) {
      post({
        type: 'notice',
        text: 'Logit mode needs a cloud endpoint that returns log-probabilities and continues a prefix, and this one has not passed that check (CoGenesis options → Test connection). Using Sketch for this draft.',
      });
      request = { ...request, mode: 'sketch' };
    }
    // The local engine is made before the job starts so the model loads (and says so) up front.
    let local: LocalEngine | undefined;
    if (request.mode !== 'redacted-cloud') {
      local = await chooseLocalEngine(endpoints, {
        allowDownload: request.allowDownload === true,
        onProgress: ({ fraction, text }) => post({ type: 'progress', fraction, text }),
        onStage: (label) => post({ type: 'stage', stage: 'model', label }),
      });
    }
    const deps: JobDeps = {
      context,
      prepared: preparePrivacy(context),
      cloud: () => createCloudClient(endpoints.cloud),
      local: () => {
        if (!local) throw new AppError('internal', 'No local engine in this mode.');
        return local;
      },
      audit: auditLog,
      now: Date.now,
    };
    lastTrace = [];
    inserting = false;
    const { vault, ...rest } = request;
    const input = { ...rest, ...(isVault(vault) ? { vault } : {}), signal: own.signal };
    const draft = await runJob(input, deps, {
      stage: (stage, label) => post({ type: 'stage', stage, label }),
      progress: (fraction, text) => post({ type: 'progress', fraction, text }),
      sketch: (delta) => post({ type: 'sketch', delta }),
      draft: (delta) => post({ type: 'draft', delta }),
      trace: (steps) => {
        lastTrace = endpoints.recordFusionTraces ? steps : [];
      },
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

  function withAssist(
    instruction: string,
    prepared: ReturnType<typeof preparePrivacy>,
    policy: PrivacyPolicy,
  ) {
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
      let shown: { result: RedactionResult; policy: PrivacyPolicy; note: AssistNote };
      if (edited) {
        // After an edit the user's text is what leaves: the privacy stage runs on it, keeping its
        // placeholders' numbers, and the instruction is not redacted again over it. What the pass
        // found in the instruction is withheld wherever it occurs in that text.
        const policy = run
          ? assistedPolicy(request.instruction, prepared, request.policy, run.proposals)
          : request.policy;
        const vault = isVault(edited.vault) ? edited.vault : {};
        shown = {
          result: redact(edited.outbound, prepared, policy, vault),
          policy,
          note: run?.note ?? running,
        };
      } else {
        shown = run
          ? assistedPreview(request.instruction, prepared, request.policy, run)
          : {
              result: redact(request.instruction, prepared, request.policy),
              policy: request.policy,
              note: running,
            };
      }
      const { result, policy, note } = shown;
      post({
        type: 'preview',
        outbound: result.outbound,
        redactions: result.redactions,
        guard: guardPayload(result.outbound, prepared, policy, undefined, result.vault),
        assist: note,
        doubts: findPossiblyPrivate(result.outbound, prepared, policy),
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
          guard: guardPayload(request.outbound, prepared, policy),
          doubts: findPossiblyPrivate(request.outbound, prepared, policy),
          basis: request.outbound,
        });
        return;
      }
      case 'start':
        return start(request);
      case 'cancel':
        controller?.abort();
        return;
      case 'accepted':
        inserting = request.accepted;
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
