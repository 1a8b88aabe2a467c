import type { Browser } from 'wxt/browser';
import { recordAudit } from '../audit/log';
import { loadContext } from '../context/store';
import { createCloudClient } from '../engines/cloud-client';
import { createServerEngine } from '../engines/server-engine';
import { AppError, serializeError } from '../errors';
import type { JobEvent, JobRequest } from '../messaging/protocol';
import { guardPayload, preparePrivacy, redact } from '../privacy';
import { runJob } from '../pipeline/run-job';
import type { JobDeps } from '../pipeline/types';
import { loadEndpoints } from '../settings/endpoints';

async function buildDeps(): Promise<JobDeps> {
  const [context, endpoints] = await Promise.all([loadContext(), loadEndpoints()]);
  return {
    context,
    prepared: preparePrivacy(context),
    cloud: () => createCloudClient(endpoints.cloud),
    local: () => createServerEngine(endpoints.localServer),
    audit: recordAudit,
    now: Date.now,
  };
}

function isJobRequest(value: unknown): value is JobRequest {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Serves one panel's job port in the engine host. The port is the job's lifeline: if it closes
 * (panel gone) the job is aborted; if the host dies, the panel sees the port close.
 */
export function serveJobPort(port: Browser.runtime.Port): void {
  let controller: AbortController | undefined;
  const post = (event: JobEvent) => {
    try {
      port.postMessage(event);
    } catch {
      controller?.abort();
    }
  };

  port.onDisconnect.addListener(() => controller?.abort());
  port.onMessage.addListener((message: unknown) => {
    if (!isJobRequest(message)) return;
    void handle(message).catch((error: unknown) => post({ type: 'error', error: serializeError(error) }));
  });

  async function handle(request: JobRequest): Promise<void> {
    switch (request.type) {
      case 'preview': {
        const { prepared } = await buildDeps();
        const result = redact(request.instruction, prepared, request.policy);
        const guard = guardPayload(result.outbound, prepared, request.policy);
        post({ type: 'preview', outbound: result.outbound, redactions: result.redactions, guard });
        return;
      }
      case 'check': {
        const { prepared } = await buildDeps();
        post({ type: 'check', guard: guardPayload(request.outbound, prepared, request.policy) });
        return;
      }
      case 'start': {
        controller?.abort();
        const own = new AbortController();
        controller = own;
        const deps = await buildDeps();
        const draft = await runJob({ ...request, signal: own.signal }, deps, {
          stage: (stage, label) => post({ type: 'stage', stage, label }),
          sketch: (delta) => post({ type: 'sketch', delta }),
          draft: (delta) => post({ type: 'draft', delta }),
        });
        if (own.signal.aborted) throw new AppError('cancelled');
        post({ type: 'done', draft });
        return;
      }
      case 'cancel':
        controller?.abort();
        return;
      default: {
        const unknown: never = request;
        throw new AppError('internal', `Unknown request ${JSON.stringify(unknown)}`);
      }
    }
  }
}
