import type { ProbeReport } from '../engines/probe-cloud';
import type { SerializedError } from '../errors';
import type { CloudEndpoint } from '../settings/endpoints';
import type { Mode } from '../settings/modes';
import type { PrivacyPolicy, Redaction, GuardResult } from '../privacy/types';
import type { DraftCheck } from '../privacy/draft-check';

/**
 * The one protocol of every cross-context call (STYLE 2). Both sides import these maps; requests go
 * through lib/messaging/rpc.ts, which checks the method name and serialises errors.
 */

export type Placement = 'replace' | 'below';

export interface InsertResult {
  ok: boolean;
}

/** What the background hands a panel that proved it holds the session token. */
export interface PanelSession {
  instruction: string;
  site: string;
  mode: Mode;
}

/** Calls answered by the background. `content:*` come from untrusted content scripts and are validated. */
export interface BackgroundProtocol {
  'content:open-panel': (params: { token: string; instruction: string }) => void;
  'content:panel-closed': (params: { token: string }) => void;
  'panel:claim': (params: { token: string }) => PanelSession;
  'panel:insert': (params: { token: string; text: string; placement: Placement }) => InsertResult;
  'panel:close': (params: { token: string }) => void;
  'engine:ensure': (params: Record<string, never>) => void;
}

/** Calls answered by a content script (sent by the background to one tab and frame). */
export interface ContentProtocol {
  'content:trigger': (params: Record<string, never>) => void;
  'content:insert': (params: { token: string; text: string; placement: Placement }) => InsertResult;
  'content:close-panel': (params: { token: string }) => void;
}

/** Port name the panel uses to reach the engine host. */
export const JOB_PORT = 'cogenesis-job';

/** Panel → engine host, over the job port. */
export type JobRequest =
  | { type: 'preview'; instruction: string; policy: PrivacyPolicy }
  | { type: 'check'; outbound: string; policy: PrivacyPolicy }
  | {
      type: 'start';
      mode: Exclude<Mode, 'off'>;
      site: string;
      instruction: string;
      /** The outbound text after the user's edits (sketch mode). */
      outbound: string;
      policy: PrivacyPolicy;
      /** The user agreed to download the on-device model if it is not cached. */
      allowDownload?: boolean;
    }
  | { type: 'cancel' }
  /**
   * The user is inserting the draft (sent just before, since a successful insert closes the panel),
   * or the insert failed. The host keeps an opt-in training trace only of inserted drafts.
   */
  | { type: 'accepted'; accepted: boolean }
  /** Check a finished (or trimmed) draft for context the instruction did not ask for, before Insert. */
  | { type: 'check-draft'; instruction: string; draft: string };

export type JobStage = 'guard' | 'model' | 'cloud' | 'local';

/** What the local model's privacy pass did for a preview (issue 9): it only ever adds withholdings. */
export interface AssistNote {
  status: 'running' | 'added' | 'none' | 'timeout' | 'failed' | 'unavailable' | 'off';
  /** Items withheld because the local model proposed them. */
  added: number;
  budgetMs: number;
  /** How long the pass took. */
  ms: number;
}

/** Engine host → panel. */
export type JobEvent =
  | {
      type: 'preview';
      outbound: string;
      redactions: Redaction[];
      guard: GuardResult;
      /** The model-assisted pass; 'running' on the rule-based preview that comes first. */
      assist?: AssistNote;
    }
  | { type: 'check'; guard: GuardResult }
  | { type: 'stage'; stage: JobStage; label: string }
  | { type: 'progress'; fraction: number; text: string }
  | { type: 'notice'; text: string }
  | { type: 'sketch'; delta: string }
  | { type: 'draft'; delta: string }
  | { type: 'done'; draft: string }
  | { type: 'draft-check'; check: DraftCheck }
  | { type: 'error'; error: SerializedError };

/** Port name options uses to manage on-device models in the engine host. */
export const MODEL_PORT = 'cogenesis-models';

export type ModelRequest =
  | { type: 'status'; modelId: string }
  | { type: 'download'; modelId: string }
  | { type: 'delete'; modelId: string };

export type ModelEvent =
  | { type: 'status'; modelId: string; cached: boolean }
  | { type: 'progress'; modelId: string; fraction: number; text: string }
  | { type: 'downloaded'; modelId: string }
  | { type: 'deleted'; modelId: string }
  | { type: 'error'; modelId: string; error: SerializedError };

/** Port name options uses for Test connection: the probes leave from the engine host, through the egress. */
export const PROBE_PORT = 'cogenesis-probe';

export interface ProbeRequest {
  type: 'probe';
  /** The endpoint as typed in the form (it may not be saved yet). */
  endpoint: CloudEndpoint;
}

export type ProbeEvent = { type: 'probed'; report: ProbeReport } | { type: 'error'; error: SerializedError };
