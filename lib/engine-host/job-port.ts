import type { Browser } from 'wxt/browser';
import { recordAudit } from '../audit/log';
import { loadContext } from '../context/store';
import { chooseLocalEngine } from '../engines/choose-local';
import { createCloudClient } from '../engines/cloud-client';
import type { LocalEngine } from '../engines/types';
import { AppError, serializeError } from '../errors';
import type { JobEvent, JobRequest } from '../messaging/protocol';
import { guardPayload, preparePrivacy, redact } from '../privacy';
import { findPossiblyPrivate, reviewScope } from '../privacy/possibly-private';
import { isVault } from '../privacy/vault';
import { runJob } from '../pipeline/run-job';
import type { JobDeps } from '../pipeline/types';
import { loadEndpoints, logitAvailable } from '../settings/endpoints';
import { completionsProposer } from '../fusion/completions-client';
import type { TraceStep } from '../fusion/trace';
import { saveTrace } from '../fusion/trace-store';

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
    let request = asked;
    if (asked.mode === 'logit' && !logitAvailable(endpoints)) {
      post({
        type: 'notice',
        text: 'Logit mode needs a cloud endpoint that returns log-probabilities and continues a prefix, and this one has not passed that check (CoGenesis options → Test connection). Using Sketch for this draft.',
      });
      request = { ...asked, mode: 'sketch' };
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
      proposer: (prompt) => ({
        client: completionsProposer({
          baseURL: endpoints.cloud.baseURL,
          model: endpoints.cloud.model,
          apiKey: endpoints.cloud.apiKey,
          prompt,
          topLogprobs: 8,
          temperature: 0,
          timeoutMs: endpoints.cloud.timeoutMs,
        }),
        endpoint: endpoints.cloud.baseURL,
        model: endpoints.cloud.model,
      }),
      local: () => {
        if (!local) throw new AppError('internal', 'No local engine in this mode.');
        return local;
      },
      audit: recordAudit,
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
    post({ type: 'done', draft });
  }

  async function handle(request: JobRequest): Promise<void> {
    switch (request.type) {
      case 'preview': {
        const prepared = await privacyOnly();
        const edited = request.edited;
        // After an edit the user's text is what leaves: the privacy stage runs on it, keeping its
        // placeholders' numbers, and the instruction is not redacted again over it.
        const result = edited
          ? redact(edited.outbound, prepared, request.policy, isVault(edited.vault) ? edited.vault : {})
          : redact(request.instruction, prepared, request.policy);
        post({
          type: 'preview',
          outbound: result.outbound,
          redactions: result.redactions,
          guard: guardPayload(result.outbound, prepared, request.policy),
          doubts: findPossiblyPrivate(result.outbound, prepared, request.policy),
          scope: reviewScope(prepared),
          ...(edited ? { basis: edited.outbound } : {}),
        });
        return;
      }
      case 'check': {
        const prepared = await privacyOnly();
        post({
          type: 'check',
          guard: guardPayload(request.outbound, prepared, request.policy),
          doubts: findPossiblyPrivate(request.outbound, prepared, request.policy),
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
      default: {
        const unknown: never = request;
        throw new AppError('internal', `Unknown request ${JSON.stringify(unknown)}`);
      }
    }
  }
}
