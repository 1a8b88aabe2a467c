import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { AppError, serializeError } from '../../lib/errors';
import type { BackgroundProtocol, ConfirmAction, Placement } from '../../lib/messaging/protocol';
import { callBackground } from '../../lib/messaging/rpc';
import { createJobClient } from '../../lib/panel/job-client';
import { INITIAL, reduce } from '../../lib/panel/state';
import { onTokenCandidates } from '../../lib/panel/token';
import { useArming } from '../../lib/panel/use-arming';
import { DISARM_TEXT } from '../../lib/panel/visibility';
import { MODE_LABELS, sendsToCloud } from '../../lib/settings/modes';
import { DraftView } from '../DraftView';
import { ErrorNotice } from '../ErrorNotice';
import { FieldNotices } from './FieldNotices';
import { ModelProgress } from '../ModelProgress';
import { PayloadReview } from '../PayloadReview';

export function PanelApp() {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const token = useRef<string>();
  const client = useMemo(() => createJobClient((event) => dispatch({ type: 'job', event })), []);
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
    client.send({ type: 'preview', instruction: session.instruction, policy: state.policy }).catch(fail);
  }, [session, state.policy]);

  // Hand edits are re-checked by the guard (debounced) before Send is allowed.
  useEffect(() => {
    if (!state.edited || !sendsToCloud(mode)) return;
    const timer = setTimeout(() => {
      client.send({ type: 'check', outbound: state.outbound, policy: state.policy }).catch(fail);
    }, 200);
    return () => clearTimeout(timer);
  }, [state.outbound, state.edited]);

  function close() {
    client.send({ type: 'cancel' }).catch(() => undefined);
    const current = token.current;
    if (current)
      void callBackground<BackgroundProtocol, 'panel:close'>('panel:close', { token: current }).catch(
        () => undefined,
      );
  }

  function send(allowDownload = false) {
    if (!session || session.mode === 'off') return;
    dispatch({ type: 'send' });
    client
      .send({
        type: 'start',
        mode: session.mode,
        site: session.site,
        instruction: session.instruction,
        outbound: state.outbound,
        policy: state.policy,
        allowDownload,
      })
      .catch(fail);
  }

  async function insert(placement: Placement) {
    const current = token.current;
    if (!current) return;
    // Before the insert: a successful one closes this panel before its answer arrives.
    await client.send({ type: 'accepted', accepted: true }).catch(() => undefined);
    try {
      const result = await callBackground<BackgroundProtocol, 'panel:insert'>('panel:insert', {
        token: current,
        text: state.draft,
        placement,
      });
      if (!result.ok) throw new AppError('insert-failed');
    } catch (error) {
      client.send({ type: 'accepted', accepted: false }).catch(() => undefined);
      dispatch({ type: 'notice', text: new AppError('insert-failed', undefined, { cause: error }).userText });
    }
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

  const reviewsOutbound = sendsToCloud(mode);
  const canSend = mode === 'local-only' || (state.guard?.ok === true && state.outbound.trim() !== '');
  return (
    <main>
      <header>
        <h1>CoGenesis</h1>
        <span class="mode" data-testid="mode">
          {mode ? MODE_LABELS[mode] : ''}
        </span>
      </header>
      <FieldNotices session={session} />
      {state.phase === 'review' && reviewsOutbound ? (
        <PayloadReview
          instruction={session.instruction}
          outbound={state.outbound}
          redactions={state.redactions}
          guard={state.guard}
          onEdit={(outbound) => dispatch({ type: 'edit', outbound })}
          onRelease={(original) => dispatch({ type: 'release', original })}
          onWithhold={(text) => dispatch({ type: 'withhold', text })}
        />
      ) : null}
      {state.phase === 'review' && mode === 'local-only' ? (
        <section>
          <h2>Your instruction</h2>
          <p class="instruction" data-testid="instruction">
            {session.instruction}
          </p>
          <p class="ok">Nothing leaves this device in Local only mode.</p>
        </section>
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
      {state.phase === 'error' && state.error ? <ErrorNotice error={state.error} /> : null}
      {state.notice ? (
        <p class="notice" role="status" data-testid="notice">
          {state.notice}
        </p>
      ) : null}
      {!arming.state.armed && (state.phase === 'review' || state.phase === 'done') ? (
        <p class="muted" role="status" data-testid="arming" data-reason={arming.state.reason}>
          {DISARM_TEXT[arming.state.reason]}
        </p>
      ) : null}
      {arming.refused ? (
        <p class="notice" role="status" data-testid="refused">
          {arming.refused}
        </p>
      ) : null}
      <footer>
        {state.phase === 'review' ? (
          <button
            type="button"
            data-testid="send"
            disabled={!canSend || !arming.ready}
            onClick={armed(
              'send',
              () => (mode === 'local-only' ? session.instruction : state.outbound),
              () => send(),
            )}
          >
            {mode === 'local-only' ? 'Write draft' : 'Send'}
          </button>
        ) : null}
        {state.phase === 'done' ? (
          <>
            <button
              type="button"
              data-testid="insert"
              disabled={!arming.ready}
              onClick={armed(
                'insert',
                () => state.draft,
                () => void insert('replace'),
              )}
            >
              Insert
            </button>
            <button
              type="button"
              class="secondary"
              data-testid="insert-below"
              disabled={!arming.ready}
              onClick={armed(
                'insert',
                () => state.draft,
                () => void insert('below'),
              )}
            >
              Insert below
            </button>
            <button type="button" class="secondary" data-testid="copy" onClick={() => void copy()}>
              Copy
            </button>
          </>
        ) : null}
        {state.phase === 'error' && state.error?.code === 'model-not-downloaded' ? (
          <button type="button" data-testid="download-model" onClick={() => send(true)}>
            Download and continue
          </button>
        ) : null}
        {state.phase === 'done' || state.phase === 'error' ? (
          <button type="button" class="secondary" data-testid="regenerate" onClick={() => send()}>
            {state.phase === 'error' ? 'Try again' : 'Regenerate'}
          </button>
        ) : null}
        {state.phase === 'error' ? (
          <button
            type="button"
            class="secondary"
            data-testid="back"
            onClick={() => dispatch({ type: 'back' })}
          >
            Back to review
          </button>
        ) : null}
        <button type="button" class="secondary" data-testid="cancel" onClick={close}>
          {state.phase === 'running' ? 'Cancel' : 'Close'}
        </button>
      </footer>
    </main>
  );
}
