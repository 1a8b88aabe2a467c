import type { ProbeReport } from '../engines/probe-cloud';
import type { EngineSpeed } from '../engines/speed-estimate';
import type { SerializedError } from '../errors';
import type { CloudEndpoint } from '../settings/endpoints';
import type { SectionId } from '../options/sections';
import type { Mode } from '../settings/modes';
import type { PiiKind, PrivacyPolicy, Redaction, GuardResult, Vault } from '../privacy/types';
import type { DraftCheck } from '../privacy/draft-check';
import type { JobInput, JobStage } from '../pipeline/types';
import type { Placement } from '../textbox/types';
import type { PossiblyPrivate, ReviewScope } from '../privacy/possibly-private';
import type { GuardDecision, GuardVerdict, GuardView, HoldReason } from '../guard/types';

/**
 * The one protocol of every cross-context call (STYLE 2). Both sides import these maps; requests go
 * through lib/messaging/rpc.ts, which checks the method name and serialises errors. The domain types
 * the messages carry live in their domains; Placement, which the panel names, is re-exported for it.
 */
export type { Placement };

export interface InsertResult {
  ok: boolean;
  /** Not inserted: the field changed since the panel opened, and the user has not chosen what to do. */
  fieldChanged?: boolean;
  /** With fieldChanged: the instruction is still in the field, so it alone can be replaced. */
  instructionFound?: boolean;
}

/** What the background hands a panel that proved it holds the session token. */
export interface PanelSession {
  instruction: string;
  site: string;
  mode: Mode;
  /** The instruction was too long to work on (it is then empty): its length and the limit. */
  tooLong?: { length: number; limit: number };
  /** Characters the page hid inside the field; left out of the instruction (0 when none). */
  hiddenChars?: number;
  /** A Guard panel: the instruction is the held prompt, or the AI answer to read restored. */
  guard?: GuardView;
}

/** What a content script reports when it opens a panel (validated field by field). */
export interface OpenPanelParams {
  token: string;
  instruction: string;
  hiddenChars?: number;
  tooLong?: number;
}

/**
 * The content script's view of the panel frame at click time (lib/content/frame-guard.ts): how long
 * it has been still, and whether the page is styling or covering it now.
 */
export interface FrameStatus {
  stillMs: number;
  problem?: 'styled' | 'covered';
}

/** A content script's whole knowledge of the settings: its own top-level site's answer. */
export interface SiteState {
  /** False on an Off site: the content script then does nothing at all. */
  on: boolean;
  /** Whether fields get the small button. */
  button: boolean;
  /** Guard mode: check what the user sends to this AI site instead of drafting. */
  guard?: boolean;
}

export type ConfirmAction = 'send' | 'insert';

/** What the confirm window (lib/background/confirm-window.ts) shows the user. */
export interface ConfirmRequest {
  action: ConfirmAction;
  text: string;
  site: string;
}

/** Calls answered by the background. `content:*` come from untrusted content scripts and are validated. */
export interface BackgroundProtocol {
  'content:site-state': (params: Record<string, never>) => SiteState;
  'content:open-panel': (params: OpenPanelParams) => void;
  'content:panel-closed': (params: { token: string }) => void;
  'panel:claim': (params: { token: string }) => PanelSession;
  /** `confirmed`: the user chose to write into a field that changed while the panel was open. */
  'panel:insert': (params: {
    token: string;
    text: string;
    placement: Placement;
    confirmed?: boolean;
  }) => InsertResult;
  'panel:close': (params: { token: string }) => void;
  /**
   * Opens options.html#<section> in a tab: the button of an error that needs setup, or (section
   * 'context', `entry` like 'fact-3') the context entry a reason names. Never a value, only addresses.
   */
  'panel:open-options': (params: { token: string; section: SectionId; entry?: string }) => void;
  'panel:frame-check': (params: { token: string }) => FrameStatus;
  /** Where the panel cannot verify its visibility: confirm in an extension window. True on yes. */
  'panel:confirm': (params: { token: string; action: ConfirmAction; text: string }) => boolean;
  'confirm:get': (params: { id: string }) => ConfirmRequest;
  'confirm:answer': (params: { id: string; ok: boolean }) => void;
  'engine:ensure': (params: Record<string, never>) => void;
  /** Guard: the verdict on the composer's text, and nothing else. */
  'content:guard-check': (params: { text: string }) => GuardVerdict;
  /** Guard held a submission: open a panel session for the prompt. */
  'content:guard-hold': (params: { token: string; prompt: string; reason: HoldReason }) => void;
  /** Guard: the user selected an AI answer to read with placeholders restored (in the panel only). */
  'content:guard-answer': (params: { token: string; answer: string }) => void;
  /** The user's choice on a held submission; `text` is what to write first (Send redacted). */
  'panel:guard-send': (params: { token: string; decision: GuardDecision; text?: string }) => { ok: boolean };
}

/** Whether Guard can intercept on a page: 'inactive' when it found no composer it can read. */
export type GuardStatus = 'active' | 'inactive' | 'unknown';

/** Calls answered by the engine host over runtime messages; only the background makes them. */
export interface HostProtocol {
  'host:guard-check': (params: { text: string }) => GuardVerdict;
}

/** Calls answered by a content script (sent by the background to one tab and frame). */
export interface ContentProtocol {
  'content:trigger': (params: Record<string, never>) => void;
  /** The settings changed: the tab's new answer (sent to every frame). */
  'content:site-changed': (params: SiteState) => void;
  'content:insert': (params: {
    token: string;
    text: string;
    placement: Placement;
    confirmed?: boolean;
  }) => InsertResult;
  'content:close-panel': (params: { token: string }) => void;
  'content:frame-check': (params: { token: string }) => FrameStatus;
  /** Guard: write `text` into the composer when given, then submit it; or (edit) just close. */
  'content:guard-send': (params: { token: string; decision: GuardDecision; text?: string }) => {
    ok: boolean;
  };
  'content:guard-status': (params: Record<string, never>) => GuardStatus;
}

/** Port name the panel uses to reach the engine host. */
export const JOB_PORT = 'cogenesis-job';

/** Panel → engine host, over the job port. */
export type JobRequest =
  | {
      type: 'preview';
      instruction: string;
      policy: PrivacyPolicy;
      /**
       * The user's own outbound text, once they edited it: the privacy stage then runs on that text
       * (its placeholders kept, `vault` numbering them) and never on the instruction again.
       */
      edited?: { outbound: string; vault: Vault };
    }
  | { type: 'check'; outbound: string; policy: PrivacyPolicy }
  /**
   * The job as the pipeline takes it (JobInput: mode, site, instruction, the outbound text the user
   * approved, policy, the vault of what they saw, a follow-up's previous draft), without its signal;
   * of the vault, only placeholders present in `outbound` are restored.
   */
  | ({
      type: 'start';
      /** The user agreed to download the on-device model if it is not cached. */
      allowDownload?: boolean;
    } & Omit<JobInput, 'signal'>)
  | { type: 'cancel' }
  /** Logit mode at review: would Send use Logit, by the last Test connection? Answered by 'logit-check'. */
  | { type: 'logit-check' }
  /**
   * A follow-up in Local only: the device's model rewrites the finished `draft` as `request` asks.
   * (In cloud modes a follow-up joins the instruction and goes through the review and `start`.)
   */
  | { type: 'revise'; instruction: string; draft: string; request: string; allowDownload?: boolean }
  /**
   * The user is inserting the draft (sent just before, since a successful insert closes the panel),
   * or the insert failed. The host keeps an opt-in training trace only of inserted drafts.
   */
  | { type: 'accepted'; accepted: boolean }
  /** Check a finished (or trimmed) draft for context the instruction did not ask for, before Insert. */
  | { type: 'check-draft'; instruction: string; draft: string }
  /** Guard: log the user's decision on a held message (counts by kind, never values). */
  | {
      type: 'guard-log';
      site: string;
      reason: HoldReason;
      decision: GuardDecision;
      withheld: Partial<Record<PiiKind, number>>;
    };

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
      /** Words the review is not sure of (extension pages only, like everything on this port). */
      doubts?: PossiblyPrivate[];
      /** What the review checked, for the panel to say. */
      scope?: ReviewScope;
      /** The edited text this preview was made from (absent: made from the instruction). */
      basis?: string;
    }
  | { type: 'check'; guard: GuardResult; doubts?: PossiblyPrivate[]; basis?: string }
  | { type: 'stage'; stage: JobStage; label: string }
  | { type: 'progress'; fraction: number; text: string }
  | { type: 'notice'; text: string }
  | { type: 'sketch'; delta: string }
  | { type: 'draft'; delta: string }
  | { type: 'done'; draft: string }
  | { type: 'draft-check'; check: DraftCheck }
  /** `available` false: the job will use Sketch (the cached probe found no log-probabilities). */
  | { type: 'logit-check'; available: boolean }
  | { type: 'error'; error: SerializedError };

/** Port name options uses to manage on-device models in the engine host. */
export const MODEL_PORT = 'cogenesis-models';

export type ModelRequest =
  | { type: 'status'; modelId: string }
  | { type: 'download'; modelId: string }
  | { type: 'delete'; modelId: string }
  /** The CPU engine's speed test on a downloaded model (also run right after its download). */
  | { type: 'measure'; modelId: string }
  | { type: 'stop-measure'; modelId: string };

export type ModelEvent =
  | { type: 'status'; modelId: string; cached: boolean }
  | { type: 'progress'; modelId: string; fraction: number; text: string }
  | { type: 'downloaded'; modelId: string }
  | { type: 'deleted'; modelId: string }
  | { type: 'measuring'; modelId: string }
  | { type: 'speed'; modelId: string; speed: EngineSpeed }
  | { type: 'error'; modelId: string; error: SerializedError };

/** Port name options uses for Test connection: the probes leave from the engine host, through the egress. */
export const PROBE_PORT = 'cogenesis-probe';

export interface ProbeRequest {
  type: 'probe';
  /** The endpoint as typed in the form (it may not be saved yet). */
  endpoint: CloudEndpoint;
}

export type ProbeEvent = { type: 'probed'; report: ProbeReport } | { type: 'error'; error: SerializedError };
