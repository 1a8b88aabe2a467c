import type { SerializedError } from '../errors';
import type { AssistNote, JobEvent, PanelSession } from '../messaging/protocol';
import type { GuardResult, PrivacyPolicy, Redaction } from '../privacy/types';
import { removeFindings, type DraftCheck } from '../privacy/draft-check';

export type Phase = 'connecting' | 'review' | 'running' | 'done' | 'error';

export interface PanelState {
  phase: Phase;
  session?: PanelSession;
  policy: PrivacyPolicy;
  outbound: string;
  /** True once the user edited the outbound text by hand (a new preview then keeps the edit). */
  edited: boolean;
  redactions: Redaction[];
  guard?: GuardResult;
  stage?: string;
  /** Loading or downloading the on-device model. */
  progress?: { fraction: number; text: string };
  sketch: string;
  draft: string;
  error?: SerializedError;
  notice?: string;
  /** The engine host's check of `draft`; Insert waits for it (see insertHold). */
  draftCheck?: DraftCheck;
  /** The user chose "Insert anyway" despite the check's warning. */
  draftRiskAccepted?: boolean;
  /** The local model's privacy pass over the instruction; Send waits while it runs. */
  assist?: AssistNote;
}

export const INITIAL: PanelState = {
  phase: 'connecting',
  policy: { released: [], extra: [] },
  outbound: '',
  edited: false,
  redactions: [],
  sketch: '',
  draft: '',
};

export type PanelAction =
  | { type: 'session'; session: PanelSession }
  | { type: 'release'; original: string }
  | { type: 'withhold'; text: string }
  | { type: 'edit'; outbound: string }
  | { type: 'send' }
  | { type: 'back' }
  | { type: 'notice'; text: string }
  | { type: 'fail'; error: SerializedError }
  | { type: 'remove-flagged' }
  | { type: 'insert-anyway' }
  | { type: 'job'; event: JobEvent };

/** The panel's state machine, pure so it can be tested without a browser. */
export function reduce(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'session':
      return { ...state, session: action.session, phase: 'review' };
    case 'release':
      return {
        ...state,
        edited: false,
        policy: { ...state.policy, released: [...state.policy.released, action.original] },
      };
    case 'withhold': {
      const text = action.text.trim();
      if (!text) return state;
      return {
        ...state,
        edited: false,
        policy: {
          released: state.policy.released.filter((value) => value.toLowerCase() !== text.toLowerCase()),
          extra: [...state.policy.extra, text],
        },
      };
    }
    case 'edit':
      return { ...state, outbound: action.outbound, edited: true, guard: undefined };
    case 'send':
      return {
        ...state,
        phase: 'running',
        sketch: '',
        draft: '',
        stage: undefined,
        progress: undefined,
        error: undefined,
        notice: undefined,
        draftCheck: undefined,
        draftRiskAccepted: false,
      };
    case 'back':
      return { ...state, phase: 'review', error: undefined };
    case 'notice':
      return { ...state, notice: action.text };
    case 'fail':
      return { ...state, phase: 'error', error: action.error };
    case 'job':
      return onJobEvent(state, action.event);
    case 'remove-flagged': {
      const check = state.draftCheck;
      if (!check || check.draft !== state.draft) return state;
      // The trimmed draft is checked again before Insert (the panel asks when draftCheck is unset).
      return { ...state, draft: removeFindings(state.draft, check.findings), draftCheck: undefined };
    }
    case 'insert-anyway':
      return { ...state, draftRiskAccepted: true };
  }
}

/**
 * Why Insert is held: the draft is still being checked, or it holds details the user did not mention
 * (or could not be checked) and the user has not chosen "Insert anyway". Undefined: Insert is free.
 */
export function insertHold(state: PanelState): 'checking' | 'flagged' | undefined {
  const check = state.draftCheck;
  if (!check || check.draft !== state.draft) return 'checking';
  if ((check.failed || check.findings.length > 0) && !state.draftRiskAccepted) return 'flagged';
  return undefined;
}

function onJobEvent(state: PanelState, event: JobEvent): PanelState {
  switch (event.type) {
    case 'preview':
      return {
        ...state,
        outbound: state.edited ? state.outbound : event.outbound,
        redactions: event.redactions,
        guard: state.edited ? state.guard : event.guard,
        assist: event.assist,
      };
    case 'check':
      return { ...state, guard: event.guard };
    case 'stage':
      return { ...state, stage: event.label };
    case 'progress':
      return { ...state, progress: { fraction: event.fraction, text: event.text } };
    case 'notice':
      return { ...state, notice: event.text };
    case 'sketch':
      return { ...state, sketch: state.sketch + event.delta };
    case 'draft':
      return { ...state, draft: state.draft + event.delta };
    case 'done':
      return { ...state, phase: 'done', draft: event.draft };
    case 'draft-check':
      // A check of an earlier text (before "Remove them") describes offsets that no longer hold.
      return event.check.draft === state.draft ? { ...state, draftCheck: event.check } : state;
    case 'error':
      // A cancel the user asked for is not an error to show.
      if (event.error.code === 'cancelled' && state.phase !== 'running') return state;
      return { ...state, phase: 'error', error: event.error };
  }
}
