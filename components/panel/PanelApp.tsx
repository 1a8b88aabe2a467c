import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { AppError, serializeError } from '../../lib/errors';
import type { BackgroundProtocol, ConfirmAction, Placement } from '../../lib/messaging/protocol';
import { callBackground } from '../../lib/messaging/rpc';
import { createJobClient } from '../../lib/panel/job-client';
import { batchDeltas } from '../../lib/panel/frame-batch';
import { INITIAL, insertHold, openDoubts, reduce, vaultOf } from '../../lib/panel/state';
import { onTokenCandidates } from '../../lib/panel/token';
import { unfilledPlaceholders } from '../../lib/panel/unfilled';
import { useArming } from '../../lib/panel/use-arming';
import { MODE_LABELS, modeFor, sendsToCloud } from '../../lib/settings/modes';
import { siteModesItem } from '../../lib/settings/site-modes';
import { DraftCheckNotice } from '../DraftCheckNotice';
import { DraftView } from '../DraftView';
import { ErrorNotice } from '../ErrorNotice';
import { ModelAssistNote } from '../ModelAssistNote';
import { FieldNotices } from './FieldNotices';
import { ModelProgress } from '../ModelProgress';
import { InsertQuestionView } from './InsertQuestion';
import { LocalOnlyReview } from './LocalOnlyReview';
import { PanelActions } from './PanelActions';
import { PanelHeader } from './PanelHeader';
import { PanelStatus } from './PanelStatus';
import { TooLongScreen } from './TooLongScreen';
import { PayloadReview } from '../PayloadReview';
import { GuardPanel } from './guard/GuardPanel';

export function PanelApp() {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const token = useRef<string>();
  // Streamed text is rendered once per animation frame, however fast it arrives.
  const client = useMemo(() => createJobClient(batchDeltas((event) => dispatch({ type: 'job', event }))), []);
  const fail = (error: unknown) => dispatch({ type: 'fail', error: serializeError(error) });
  // Send and Insert act only on a panel verified visible and still (anti-clickjacking).
  const arming = useArming(() => token.current);
  const armed = (action: ConfirmAction, text: () => string, run: () => unknown) => () =>
    void arming.confirm(action, text()).then((ok) => {
      if (ok) run();
    });

  useEffect(() => {
    const stop = new AbortController();
    const unsubscribe = onTokenCandidates((candidate) => {
      if (token.current) return;
      callBackground<BackgroundProtocol, 'panel:claim'>('panel:claim', { token: candidate }).then(
        (session) => {
          if (token.current) return;
          token.current = candidate;
          dispatch({ type: 'session', session });
        },
        () => undefined,
      );
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey, { signal: stop.signal });
    return () => {
      stop.abort();
      unsubscribe();
      client.close();
    };
  }, []);

  const session = state.session;
  const mode = session?.mode;

  // Keyboard users land on the first control; Esc (above) returns them to the field.
  useEffect(() => {
    if (!session) return;
    document.querySelector<HTMLElement>('main textarea, main button:not([disabled])')?.focus();
  }, [session]);

  // Every policy change re-runs the privacy stage in the engine host.
  useEffect(() => {
    if (!session || !sendsToCloud(mode)) return;
    // Once edited, the user's text is what the privacy stage works on; the instruction never again.
    const edited = state.edited
      ? { edited: { outbound: state.outbound, vault: vaultOf(state.redactions) } }
      : {};
    client
      .send({ type: 'preview', instruction: session.instruction, policy: state.policy, ...edited })
      .catch(fail);
  }, [session, state.policy]);

  // Hand edits are re-checked by the guard (debounced) before Send is allowed.
  useEffect(() => {
    if (!state.edited || !sendsToCloud(mode)) return;
    const timer = setTimeout(() => {
      client.send({ type: 'check', outbound: state.outbound, policy: state.policy }).catch(fail);
    }, 200);
    return () => clearTimeout(timer);
  }, [state.outbound, state.edited]);

  // A finished (or trimmed) draft is checked in the engine host before Insert is offered.
  useEffect(() => {
    if (!session || state.phase !== 'done' || state.draftCheck?.draft === state.draft) return;
    client.send({ type: 'check-draft', instruction: session.instruction, draft: state.draft }).catch(fail);
  }, [state.phase, state.draft]);

  function close() {
    client.send({ type: 'cancel' }).catch(() => undefined);
    const current = token.current;
    if (current)
      void callBackground<BackgroundProtocol, 'panel:close'>('panel:close', { token: current }).catch(
        () => undefined,
      );
  }

  async function send(allowDownload = false) {
    if (!session) return;
    // The mode as it is now: the site may have been switched (to Local only, say) since the panel opened.
    let mode = session.mode;
    try {
      mode = modeFor(await siteModesItem.getValue(), session.site);
    } catch (error) {
      fail(error);
      return;
    }
    dispatch({ type: 'mode', mode });
    if (mode === 'off' || mode === 'guard') {
      const text =
        mode === 'off'
          ? 'CoGenesis was switched off for this site, so nothing was sent.'
          : 'This site now uses Guard, which checks what you send to the AI and writes no drafts, so nothing was sent.';
      dispatch({ type: 'notice', text });
      return;
    }
    if (sendsToCloud(mode) && !sendsToCloud(session.mode)) {
      // Nothing was reviewed for the cloud yet: show what would leave first.
      dispatch({ type: 'back' });
      dispatch({
        type: 'notice',
        text: `This site now uses ${MODE_LABELS[mode].split(':')[0]}, which sends a redacted text to the cloud. Check it above, then press Send again.`,
      });
      return;
    }
    dispatch({ type: 'send' });
    client
      .send({
        type: 'start',
        mode,
        site: session.site,
        instruction: session.instruction,
        outbound: state.outbound,
        policy: state.policy,
        vault: vaultOf(state.redactions),
        allowDownload,
      })
      .catch(fail);
  }

  async function insert(placement: Placement, answered: { unfilled?: boolean; confirmed?: boolean } = {}) {
    const current = token.current;
    if (!current || !state.draft.trim()) return;
    dispatch({ type: 'answered' });
    const unfilled = unfilledPlaceholders(state.draft);
    if (unfilled.length > 0 && !answered.unfilled) {
      dispatch({ type: 'ask', question: { kind: 'unfilled', placeholders: unfilled, placement } });
      return;
    }
    // Before the insert: a successful one closes this panel before its answer arrives.
    await client.send({ type: 'accepted', accepted: true }).catch(() => undefined);
    try {
      const result = await callBackground<BackgroundProtocol, 'panel:insert'>('panel:insert', {
        token: current,
        text: state.draft,
        placement,
        ...(answered.confirmed ? { confirmed: true } : {}),
      });
      if (result.fieldChanged) {
        client.send({ type: 'accepted', accepted: false }).catch(() => undefined);
        const instructionFound = result.instructionFound === true;
        dispatch({ type: 'ask', question: { kind: 'field-changed', instructionFound } });
        return;
      }
      if (!result.ok) throw new AppError('insert-failed');
    } catch (error) {
      client.send({ type: 'accepted', accepted: false }).catch(() => undefined);
      dispatch({ type: 'notice', text: new AppError('insert-failed', undefined, { cause: error }).userText });
    }
  }

  /** Every way to Insert (the button, an answered question, "Insert anyway") passes the arming check. */
  function armedInsert(placement: Placement, answered: { confirmed?: boolean } = {}, before?: () => void) {
    armed(
      'insert',
      () => state.draft,
      () => {
        before?.();
        void insert(placement, answered);
      },
    )();
  }

  function insertAnyway() {
    armedInsert('replace', {}, () => dispatch({ type: 'insert-anyway' }));
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(state.draft);
      dispatch({ type: 'notice', text: 'Copied.' });
    } catch {
      dispatch({ type: 'notice', text: 'Copying was not allowed here: select the draft and press Ctrl+C.' });
    }
  }

  if (!session) {
    return (
      <main>
        <p class="muted" role="status">
          {state.error ? <ErrorNotice error={state.error} /> : 'Connecting…'}
        </p>
      </main>
    );
  }

  if (session.guard && token.current)
    return <GuardPanel session={session} view={session.guard} token={token.current} onClose={close} />;

  if (session.tooLong) {
    const { length, limit } = session.tooLong;
    return <TooLongScreen mode={mode} length={length} limit={limit} onClose={close} />;
  }

  const reviewsOutbound = sendsToCloud(mode);
  const held = state.phase === 'done' && insertHold(state) !== undefined;
  const canInsert = state.draft.trim() !== '' && !held;
  // Send also waits for the local model's privacy pass (bounded by its time budget).
  const canSend =
    mode === 'local-only' ||
    (state.guard?.ok === true && state.outbound.trim() !== '' && state.assist?.status !== 'running');
  return (
    <main>
      <PanelHeader mode={mode} />
      <FieldNotices session={session} />
      {state.phase === 'review' && reviewsOutbound ? (
        <PayloadReview
          instruction={session.instruction}
          outbound={state.outbound}
          redactions={state.redactions}
          guard={state.guard}
          doubts={openDoubts(state)}
          scope={state.scope}
          onEdit={(outbound) => dispatch({ type: 'edit', outbound })}
          onRelease={(original) => dispatch({ type: 'release', original })}
          onWithhold={(text) => dispatch({ type: 'withhold', text })}
          onDismiss={(text) => dispatch({ type: 'dismiss', text })}
        />
      ) : null}
      {state.phase === 'review' && reviewsOutbound ? <ModelAssistNote note={state.assist} /> : null}
      {state.phase === 'review' && mode === 'local-only' ? (
        <LocalOnlyReview instruction={session.instruction} />
      ) : null}
      {state.phase === 'running' && state.progress ? <ModelProgress progress={state.progress} /> : null}
      {state.phase === 'running' || state.phase === 'done' ? (
        <DraftView
          stage={state.stage}
          sketch={state.sketch}
          draft={state.draft}
          streaming={state.phase === 'running'}
        />
      ) : null}
      {state.phase === 'done' && !state.draftRiskAccepted ? (
        <DraftCheckNotice
          check={state.draftCheck?.draft === state.draft ? state.draftCheck : undefined}
          onRemove={() => dispatch({ type: 'remove-flagged' })}
          onInsertAnyway={insertAnyway}
        />
      ) : null}
      {state.phase === 'error' && state.error ? <ErrorNotice error={state.error} /> : null}
      {state.phase === 'done' && state.question ? (
        <InsertQuestionView
          question={state.question}
          onInsert={(placement, answered) => armedInsert(placement, answered)}
          onCancel={() => dispatch({ type: 'answered' })}
        />
      ) : null}
      <PanelStatus
        emptyDraft={state.phase === 'done' && state.draft.trim() === ''}
        notice={state.notice}
        disarmed={
          !arming.state.armed && (state.phase === 'review' || state.phase === 'done')
            ? arming.state.reason
            : undefined
        }
        refused={arming.refused}
      />
      <PanelActions
        phase={state.phase}
        error={state.error}
        localOnly={mode === 'local-only'}
        canSend={canSend}
        canInsert={canInsert}
        ready={arming.ready}
        onSend={armed(
          'send',
          () => (mode === 'local-only' ? session.instruction : state.outbound),
          () => send(),
        )}
        onInsert={(placement) => armedInsert(placement)}
        onCopy={() => void copy()}
        onDownload={() => void send(true)}
        onRegenerate={() => void send()}
        onBack={() => dispatch({ type: 'back' })}
        onClose={close}
      />
    </main>
  );
}
