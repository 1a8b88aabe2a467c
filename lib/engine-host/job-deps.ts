import { auditLog } from '../audit/log';
import type { ContextData } from '../context/types';
import { chooseLocalEngine } from '../engines/choose-local';
import { createCloudClient } from '../engines/cloud-client';
import type { LocalEngine } from '../engines/types';
import { AppError } from '../errors';
import { checkLocalServer } from '../pipeline/local-first';
import type { JobRequest } from '../messaging/protocol';
import type { JobDeps, JobInput } from '../pipeline/types';
import { preparePrivacy } from '../privacy';
import type { PreparedContext, PrivacyPolicy } from '../privacy/types';
import { isVault } from '../privacy/vault';
import { logitAvailable, type EndpointSettings } from '../settings/endpoints';

type StartRequest = Extract<JobRequest, { type: 'start' }>;

/** Said in the panel when a Logit site writes this draft in Sketch instead. */
export const LOGIT_FALLBACK_NOTICE =
  'Logit mode needs a cloud endpoint that returns log-probabilities and continues a prefix, and this one has not passed that check (CoGenesis options → Test connection). Using Sketch for this draft.';

/**
 * The mode this draft runs in: Logit needs an endpoint that passed Test connection (log-probabilities
 * and prefix continuation); without one the draft is written in Sketch, and the panel says so.
 */
export function effectiveMode(
  mode: StartRequest['mode'],
  endpoints: EndpointSettings,
): { mode: StartRequest['mode']; notice?: string } {
  if (mode === 'logit' && !logitAvailable(endpoints))
    return { mode: 'sketch', notice: LOGIT_FALLBACK_NOTICE };
  return { mode };
}

export interface JobHooks {
  notice(text: string): void;
  progress(fraction: number, text: string): void;
  /** Loading the local model: from the cache or the network. */
  stage(label: string): void;
  /** The policy the user approved, with what the model-assisted pass withheld in their preview. */
  policy(instruction: string, prepared: PreparedContext, policy: PrivacyPolicy): PrivacyPolicy;
}

export interface AssembledJob {
  input: JobInput;
  deps: JobDeps;
  /** Made up front so the model loads (and says so) before the job starts; absent in Redacted cloud. */
  local?: LocalEngine;
}

/**
 * Everything one job needs, from the stored context and settings: its input as the panel asked
 * (mode after the Logit fallback, the approved policy, a checked vault), the local engine, and the
 * dependencies the pipeline takes (lib/pipeline/types.ts).
 */
export async function assembleJob(
  asked: StartRequest,
  stored: { context: ContextData; endpoints: EndpointSettings },
  signal: AbortSignal,
  hooks: JobHooks,
  checkServer: typeof checkLocalServer = checkLocalServer,
): Promise<AssembledJob> {
  const { context, endpoints } = stored;
  const prepared = preparePrivacy(context);
  const { mode, notice } = effectiveMode(asked.mode, endpoints);
  if (notice) hooks.notice(notice);
  let local: LocalEngine | undefined;
  if (mode !== 'redacted-cloud') {
    local = await chooseLocalEngine(endpoints, {
      allowDownload: asked.allowDownload === true,
      onProgress: ({ fraction, text }) => hooks.progress(fraction, text),
      onStage: (label) => hooks.stage(label),
    });
  }
  // The device's part is checked before the cloud's: nothing leaves while the local side is down.
  if (local && mode !== 'local-only' && endpoints.localEngine === 'server')
    await checkServer(endpoints.localServer, signal);
  const deps: JobDeps = {
    context,
    prepared,
    cloud: () => createCloudClient(endpoints.cloud),
    local: () => {
      if (!local) throw new AppError('internal', 'No local engine in this mode.');
      return local;
    },
    audit: auditLog,
    now: Date.now,
  };
  const input: JobInput = {
    mode,
    site: asked.site,
    instruction: asked.instruction,
    outbound: asked.outbound,
    policy: hooks.policy(asked.instruction, prepared, asked.policy),
    // The panel's vault is checked: only a well-formed one is used, else the instruction's redaction.
    ...(isVault(asked.vault) ? { vault: asked.vault } : {}),
    // A follow-up in Sketch: the draft being revised, given to the local model only.
    ...(typeof asked.previous === 'string' ? { previous: asked.previous } : {}),
    signal,
  };
  return { input, deps, ...(local ? { local } : {}) };
}
