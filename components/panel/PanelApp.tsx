import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import type { ConfirmAction, Placement } from '../../lib/messaging/protocol';
import { createJobClient } from '../../lib/panel/job-client';
import { batchDeltas } from '../../lib/panel/frame-batch';
import { focusPrimary } from '../../lib/panel/focus';
import { askFollowUp, sendJob } from '../../lib/panel/send';
import { PanelSessionLink, type InsertAnswers } from '../../lib/panel/session';
import { INITIAL, insertHold, reduce } from '../../lib/panel/state';
import { useArming } from '../../lib/panel/use-arming';
import { useJobEffects } from '../../lib/panel/use-job-effects';
import { sendsToCloud } from '../../lib/settings/modes';
import { DraftCheckNotice } from '../DraftCheckNotice';
import { DraftView } from '../DraftView';
import { ErrorNotice } from '../ErrorNotice';
import { ModelAssistNote } from '../ModelAssistNote';
import { ModelProgress } from '../ModelProgress';
import { PayloadReview, reviewOf } from '../PayloadReview';
import { DraftEditor } from './DraftEditor';
import { FieldNotices } from './FieldNotices';
import { FollowUps } from './FollowUps';
import { InsertQuestionView } from './InsertQuestion';
import { LocalOnlyReview } from './LocalOnlyReview';
import { PanelActions } from './PanelActions';
import { PanelHeader } from './PanelHeader';
import { PanelStatus } from './PanelStatus';
import { ReviewNotices } from './ReviewNotices';
import { TooLongScreen } from './TooLongScreen';
import { GuardPanel } from './guard/GuardPanel';

/**
 * The panel: review what leaves, watch the draft arrive, edit or ask for changes, insert. The state
 * machine is lib/panel/state.ts, the session and insert sequence lib/panel/session.ts, Send and
 * follow-ups lib/panel/send.ts; this file only lays out the screens of each phase.
 */
export function PanelApp() {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  // Streamed text is rendered once per animation frame, however fast it arrives.
  const client = useMemo(() => createJobClient(batchDeltas((event) => dispatch({ type: 'job', event }))), []);
  const link = useMemo(() => new PanelSessionLink(client, dispatch), []);
  const [editing, setEditing] = useState(false);
  // Send and Insert act only on a panel verified visible and still (anti-clickjacking).
  const arming = useArming(() => link.current);
  const armed = (action: ConfirmAction, text: () => string, run: () => unknown) => () =>
    void arming.confirm(action, text()).then((ok) => {
      if (ok) run();
    });
  useJobEffects(state, client, dispatch);

  useEffect(() => {
    const stop = new AbortController();
    const unsubscribe = link.claim();
    // Esc returns the user to the field, from anywhere in the panel.
    window.addEventListener('keydown', (e) => e.key === 'Escape' && link.close(), { signal: stop.signal });
    return () => {
      stop.abort();
      unsubscribe();
      client.close();
    };
  }, []);

  const session = state.session;
  const mode = session?.mode;
  const reviewsOutbound = sendsToCloud(mode);
  const held = state.phase === 'done' && insertHold(state) !== undefined;
  const canInsert = state.draft.trim() !== '' && !held;
  const emptyField = session !== undefined && !session.tooLong && session.instruction.trim() === '';
  // Send also waits for the local model's privacy pass (bounded by its time budget).
  const canSend =
    !emptyField &&
    (mode === 'local-only' ||
      (state.guard?.ok === true && state.outbound.trim() !== '' && state.assist?.status !== 'running'));

  // Focus stays in the panel on its main action: Send at review, Cancel while writing, Insert when done.
  // A new phase, or Insert becoming available: a button of the row before has no claim to focus.
  useEffect(() => focusPrimary({ fromActions: true }), [state.phase, canInsert]);
  useEffect(() => focusPrimary(), [session, canSend, arming.ready, editing]);
  useEffect(() => setEditing(false), [state.phase]);

  if (!session) {
    return (
      <main>
        <p class="muted" role="status">
          {state.error ? <ErrorNotice error={state.error} /> : 'Connecting…'}
        </p>
      </main>
    );
  }

  if (session.guard && link.current)
    return (
      <GuardPanel session={session} view={session.guard} token={link.current} onClose={() => link.close()} />
    );

  if (session.tooLong) {
    const { length, limit } = session.tooLong;
    return <TooLongScreen mode={mode} length={length} limit={limit} onClose={() => link.close()} />;
  }

  /** Every way to Insert (the button, an answered question, "Insert anyway") passes the arming check. */
  const armedInsert = (placement: Placement, answered: InsertAnswers = {}, before?: () => void) =>
    armed(
      'insert',
      () => state.draft,
      () => {
        before?.();
        void link.insert(state.draft, placement, answered);
      },
    )();

  const openEntry = (entry: string) => link.openOptions('context', entry);

  async function copy() {
    try {
      await navigator.clipboard.writeText(state.draft);
      dispatch({ type: 'notice', text: 'Copied.' });
    } catch {
      dispatch({ type: 'notice', text: 'Copying was not allowed here: select the draft and press Ctrl+C.' });
    }
  }

  const review = state.phase === 'review';
  const done = state.phase === 'done';
  return (
    <main class="panel">
      <PanelHeader mode={mode} />
      <FieldNotices session={session} />
      {review ? (
        <ReviewNotices
          emptyField={emptyField}
          logitFallback={mode === 'logit' && state.logitFallback === true}
          followUp={state.followUp}
        />
      ) : null}
      {review && reviewsOutbound && !emptyField ? (
        <>
          <PayloadReview
            instruction={session.instruction}
            {...reviewOf(state, dispatch)}
            onOpenEntry={openEntry}
          />
          <ModelAssistNote note={state.assist} />
        </>
      ) : null}
      {review && mode === 'local-only' && !emptyField ? (
        <LocalOnlyReview instruction={session.instruction} />
      ) : null}
      {state.phase === 'running' && state.progress ? <ModelProgress progress={state.progress} /> : null}
      {done && editing ? (
        <DraftEditor
          draft={state.draft}
          onEdit={(draft) => dispatch({ type: 'edit-draft', draft })}
          onDone={() => setEditing(false)}
        />
      ) : state.phase === 'running' || done ? (
        <DraftView
          stage={state.stage}
          sketch={state.sketch}
          draft={state.draft}
          streaming={state.phase === 'running'}
          onEdit={() => setEditing(true)}
        />
      ) : null}
      {done && !state.draftRiskAccepted ? (
        <DraftCheckNotice
          check={state.draftCheck?.draft === state.draft ? state.draftCheck : undefined}
          onRemove={() => dispatch({ type: 'remove-flagged' })}
          onInsertAnyway={() => armedInsert('replace', {}, () => dispatch({ type: 'insert-anyway' }))}
          onOpenEntry={openEntry}
        />
      ) : null}
      {state.phase === 'error' && state.error ? (
        <ErrorNotice error={state.error} onSetup={(section) => link.openOptions(section)} />
      ) : null}
      {done && state.question ? (
        <InsertQuestionView
          question={state.question}
          onInsert={(placement, answered) => armedInsert(placement, answered)}
          onCancel={() => dispatch({ type: 'answered' })}
        />
      ) : null}
      {done && state.draft.trim() ? (
        <FollowUps
          cloud={reviewsOutbound}
          onAsk={(request) => askFollowUp(state, request, client, dispatch)}
        />
      ) : null}
      <PanelStatus
        emptyDraft={done && state.draft.trim() === ''}
        notice={state.notice}
        disarmed={!arming.state.armed && ((review && !emptyField) || done) ? arming.state.reason : undefined}
        refused={arming.refused}
      />
      <PanelActions
        phase={state.phase}
        error={state.error}
        localOnly={mode === 'local-only'}
        sendable={!emptyField}
        canSend={canSend}
        canInsert={canInsert}
        ready={arming.ready}
        onSend={armed(
          'send',
          () => (mode === 'local-only' ? session.instruction : state.outbound),
          () => sendJob(state, client, dispatch),
        )}
        onInsert={(placement) => armedInsert(placement)}
        onCopy={() => void copy()}
        onDownload={() => void sendJob(state, client, dispatch, true)}
        onRegenerate={() => void sendJob(state, client, dispatch)}
        onBack={() => dispatch({ type: 'back' })}
        onClose={() => link.close()}
      />
    </main>
  );
}
