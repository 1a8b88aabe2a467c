import type { SerializedError } from '../errors';
import type { AssistNote, JobEvent, PanelSession, Placement } from '../messaging/protocol';
import type { Mode } from '../settings/modes';
import { fold } from '../privacy/normalize';
import type { PossiblyPrivate, ReviewScope } from '../privacy/possibly-private';
import type { GuardResult, PrivacyPolicy, Redaction, Vault } from '../privacy/types';
import { removeFindings, type DraftCheck } from '../privacy/draft-check';

/** A question the panel must have answered before Insert writes into the page. */
export type InsertQuestion =
  /** The draft holds placeholders the device cannot fill (never sent, or invented by the cloud). */
  | { kind: 'unfilled'; placeholders: string[]; placement: Placement }
  /** The field changed while the panel was open; `instructionFound`: the instruction is still in it. */
  | { kind: 'field-changed'; instructionFound: boolean };

export type Phase = 'connecting' | 'review' | 'running' | 'done' | 'error';

export interface PanelState {
  phase: Phase;
  session?: PanelSession;
  policy: PrivacyPolicy;
  outbound: string;
  /**
   * True once the user edited the outbound text by hand. From then on the text is theirs: previews
   * run on it (never on the instruction again), and a release puts the value back into it.
   */
  edited: boolean;
  /** The placeholders in `outbound` and what each stands for. */
  redactions: Redaction[];
  guard?: GuardResult;
  /** Words the review is not sure of, for the user to withhold or dismiss. */
  doubts: PossiblyPrivate[];
  /** Doubts the user dismissed, folded. */
  dismissed: string[];
  /** What the review checked. */
  scope?: ReviewScope;
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
  question?: InsertQuestion;
  /**
   * Logit mode, and the last Test connection did not find log-probabilities and prefix continuation
   * (or none was run for this endpoint): the job will use Sketch, and the review says so up front.
   */
  logitFallback?: boolean;
  /** A follow-up the user asked for in a cloud mode: it joins the instruction and is reviewed again. */
  followUp?: string;
  /** The draft that follow-up revises: Send hands it to the device's model (never to the cloud). */
  previousDraft?: string;
}

export const INITIAL: PanelState = {
  phase: 'connecting',
  policy: { released: [], extra: [] },
  outbound: '',
  edited: false,
  redactions: [],
  doubts: [],
  dismissed: [],
  sketch: '',
  draft: '',
};

/** Placeholder → original for every placeholder the user saw. */
export function vaultOf(redactions: readonly Redaction[]): Vault {
  return Object.fromEntries(redactions.map((r) => [r.placeholder, r.original]));
}

/** What the user asked for: the field's instruction, and in a cloud mode the follow-up asked since. */
export function instructionOf(state: PanelState): string {
  const asked = state.session?.instruction ?? '';
  return state.followUp ? `${asked}\n\nRevision asked for: ${state.followUp}` : asked;
}

/** Doubts still open: not dismissed by the user. */
export function openDoubts(state: PanelState): PossiblyPrivate[] {
  return state.doubts.filter((d) => !state.dismissed.includes(fold(d.text)));
}

/** The redactions whose placeholders are still in `outbound`, earlier ones first, each once. */
function present(redactions: readonly Redaction[], outbound: string): Redaction[] {
  const seen = new Set<string>();
  return redactions.filter((r) => {
    if (seen.has(r.placeholder) || !outbound.includes(r.placeholder)) return false;
    seen.add(r.placeholder);
    return true;
  });
}

export type PanelAction =
  | { type: 'session'; session: PanelSession }
  | { type: 'release'; original: string }
  | { type: 'withhold'; text: string }
  | { type: 'dismiss'; text: string }
  | { type: 'edit'; outbound: string }
  | { type: 'send' }
  | { type: 'back' }
  | { type: 'notice'; text: string }
  /** The site's mode, read again at Send (it may have been switched while the panel was open). */
  | { type: 'mode'; mode: Mode }
  | { type: 'ask'; question: InsertQuestion }
  | { type: 'answered' }
  | { type: 'fail'; error: SerializedError }
  | { type: 'remove-flagged' }
  | { type: 'insert-anyway' }
  /** The user changed the finished draft by hand: that text is what Insert writes (checked again first). */
  | { type: 'edit-draft'; draft: string }
  /** A cloud mode's follow-up: back to the review, where what would leave for it is shown and guarded. */
  | { type: 'follow-up'; request: string }
  | { type: 'job'; event: JobEvent };

/** The panel's state machine, pure so it can be tested without a browser. */
export function reduce(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'session':
      return { ...state, session: action.session, phase: 'review' };
    case 'release': {
      const policy = { ...state.policy, released: [...state.policy.released, action.original] };
      if (!state.edited) return { ...state, policy };
      // The user's text stays theirs: only this value's placeholders in it are put back.
      const key = fold(action.original);
      let outbound = state.outbound;
      for (const r of state.redactions)
        if (fold(r.original) === key) outbound = outbound.split(r.placeholder).join(r.original);
      return {
        ...state,
        policy,
        outbound,
        redactions: present(state.redactions, outbound),
        guard: undefined,
      };
    }
    case 'withhold': {
      const text = action.text.trim();
      if (!text) return state;
      return {
        ...state,
        policy: {
          released: state.policy.released.filter((value) => value.toLowerCase() !== text.toLowerCase()),
          extra: [...state.policy.extra, text],
        },
      };
    }
    case 'dismiss': {
      const key = fold(action.text);
      return state.dismissed.includes(key) ? state : { ...state, dismissed: [...state.dismissed, key] };
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
        question: undefined,
      };
    case 'back':
      return { ...state, phase: 'review', error: undefined };
    case 'notice':
      return { ...state, notice: action.text };
    case 'mode':
      return state.session && state.session.mode !== action.mode
        ? { ...state, session: { ...state.session, mode: action.mode } }
        : state;
    case 'ask':
      return { ...state, question: action.question };
    case 'answered':
      return { ...state, question: undefined };
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
    case 'edit-draft':
      // An edit is a new text: the earlier check and "Insert anyway" were about the old one.
      return state.phase === 'done'
        ? {
            ...state,
            draft: action.draft,
            draftCheck: undefined,
            draftRiskAccepted: false,
            question: undefined,
          }
        : state;
    case 'follow-up': {
      const request = action.request.trim();
      if (!request) return state;
      const followUp = state.followUp ? `${state.followUp}; ${request}` : request;
      // The text to review is made afresh from the new instruction: hand edits of the old one are dropped.
      return {
        ...state,
        followUp,
        previousDraft: state.draft.trim() ? state.draft : state.previousDraft,
        phase: 'review',
        outbound: '',
        edited: false,
        redactions: [],
        guard: undefined,
        doubts: [],
        assist: undefined,
        error: undefined,
        notice: undefined,
        question: undefined,
      };
    }
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
    case 'preview': {
      const scope = event.scope ?? state.scope;
      // A preview of other text than the user's current text (the instruction's, after an edit, or
      // one overtaken by typing) must never replace what the user wrote.
      // The model pass's note is about the instruction, not the text: it is kept even then, or a pass
      // that settles after the user's first edit would leave Send waiting for it forever.
      if (state.edited ? event.basis !== state.outbound : event.basis !== undefined)
        return { ...state, scope, ...(event.assist ? { assist: event.assist } : {}) };
      return {
        ...state,
        outbound: event.outbound,
        redactions: state.edited
          ? present([...state.redactions, ...event.redactions], event.outbound)
          : event.redactions,
        guard: event.guard,
        doubts: event.doubts ?? [],
        scope,
        assist: event.assist,
      };
    }
    case 'check':
      if (event.basis !== undefined && event.basis !== state.outbound) return state;
      return { ...state, guard: event.guard, doubts: event.doubts ?? state.doubts };
    case 'stage':
      return { ...state, stage: event.label };
    case 'progress':
      return { ...state, progress: { fraction: event.fraction, text: event.text } };
    case 'notice':
      return { ...state, notice: event.text };
    // The draft's text changes only while a job runs: a delta or a "done" that arrives after the job
    // finished (from a stream the panel no longer waits for) must never touch the draft the user may be
    // editing, nor bring back a finished screen after Back.
    case 'sketch':
      return state.phase === 'running' ? { ...state, sketch: state.sketch + event.delta } : state;
    case 'draft':
      return state.phase === 'running' ? { ...state, draft: state.draft + event.delta } : state;
    case 'done':
      return state.phase === 'running' ? { ...state, phase: 'done', draft: event.draft } : state;
    case 'logit-check':
      return { ...state, logitFallback: !event.available };
    case 'draft-check':
      // A check of an earlier text (before "Remove them") describes offsets that no longer hold.
      return event.check.draft === state.draft ? { ...state, draftCheck: event.check } : state;
    case 'error':
      // A cancel the user asked for is not an error to show.
      if (event.error.code === 'cancelled' && state.phase !== 'running') return state;
      return { ...state, phase: 'error', error: event.error };
  }
}
