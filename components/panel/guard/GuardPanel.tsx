import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { rememberSent, sentVault } from '../../../lib/guard/answer-vault';
import type { Vault } from '../../../lib/privacy/types';
import { withheldByKind } from '../../../lib/guard/audit';
import type { GuardDecision, GuardView } from '../../../lib/guard/types';
import type { BackgroundProtocol, PanelSession } from '../../../lib/messaging/protocol';
import { callBackground } from '../../../lib/messaging/rpc';
import { createJobClient } from '../../../lib/panel/job-client';
import { INITIAL, reduce, vaultOf } from '../../../lib/panel/state';
import { useArming } from '../../../lib/panel/use-arming';
import { serializeError } from '../../../lib/errors';
import { ErrorNotice } from '../../ErrorNotice';
import { PayloadReview, reviewOf } from '../../PayloadReview';
import { PanelHeader } from '../PanelHeader';
import { PanelStatus } from '../PanelStatus';
import { GuardAnswer } from './GuardAnswer';
import { HOLD_TEXT } from './reasons';

const CHANGED =
  'Nothing was sent: the message box changed since the message was held, or could not be written. Check it and send again.';

/** The panel on a Guard site: a held message to decide on, or an AI answer to read restored. */
export function GuardPanel(props: {
  session: PanelSession;
  view: GuardView;
  token: string;
  onClose(): void;
}) {
  if (props.view.kind === 'answer') return <GuardAnswer session={props.session} onClose={props.onClose} />;
  return <HeldMessage {...props} reason={props.view.reason} />;
}

function HeldMessage({
  session,
  token,
  reason,
  onClose,
}: {
  session: PanelSession;
  token: string;
  reason: Extract<GuardView, { kind: 'held' }>['reason'];
  onClose(): void;
}) {
  // The message is the user's own text from the start: previews run on it (as after an edit in the
  // drafting panel), numbered on from what this site was already sent, so [PERSON_1] in an answer
  // means one value however many messages went out.
  const [state, dispatch] = useReducer(reduce, {
    ...INITIAL,
    session,
    phase: 'review',
    edited: true,
    outbound: session.instruction,
  });
  const [sentBefore, setSentBefore] = useState<Vault>();
  const client = useMemo(() => createJobClient((event) => dispatch({ type: 'job', event })), []);
  const arming = useArming(() => token);
  const reviewed = reason === 'found';
  useEffect(() => {
    void sentVault(session.site)
      .catch(() => ({}))
      .then(setSentBefore);
    return () => client.close();
  }, []);

  // The review is the drafting panel's: the privacy stage in the engine host, re-run on every change.
  useEffect(() => {
    if (!reviewed || !sentBefore) return;
    const vault = { ...sentBefore, ...vaultOf(state.redactions) };
    client
      .send({
        type: 'preview',
        instruction: session.instruction,
        policy: state.policy,
        edited: { outbound: state.outbound, vault },
      })
      .catch((error: unknown) => dispatch({ type: 'fail', error: serializeError(error) }));
  }, [state.policy, sentBefore]);
  useEffect(() => {
    if (!state.edited) return;
    const timer = setTimeout(() => {
      client.send({ type: 'check', outbound: state.outbound, policy: state.policy }).catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, [state.outbound, state.edited]);

  async function decide(decision: GuardDecision) {
    const text = decision === 'redacted' ? state.outbound : undefined;
    if (decision !== 'edit' && !(await arming.confirm('send', text ?? session.instruction))) return;
    const redactions = state.redactions;
    // Posted before the page gets the text (the port keeps order): the log must not miss a message.
    await client
      .send({ type: 'guard-log', site: session.site, reason, decision, withheld: withheldByKind(redactions) })
      .catch(() => undefined);
    if (decision === 'redacted') await rememberSent(session.site, vaultOf(redactions)).catch(() => undefined);
    const result = await callBackground<BackgroundProtocol, 'panel:guard-send'>('panel:guard-send', {
      token,
      decision,
      ...(text !== undefined ? { text } : {}),
    }).catch(() => ({ ok: false }));
    // Edit closes the panel in any case; a send that did not happen says so.
    if (!result.ok) {
      if (decision === 'edit') onClose();
      else dispatch({ type: 'notice', text: CHANGED });
    }
  }

  const canRedact =
    reviewed &&
    state.guard?.ok === true &&
    state.outbound.trim() !== '' &&
    state.assist?.status !== 'running';
  return (
    <main>
      <PanelHeader mode={session.mode} />
      <p class={reviewed ? 'warn' : 'error'} role="alert" data-testid="guard-held" data-reason={reason}>
        {HOLD_TEXT[reason]}
      </p>
      {reviewed ? (
        <PayloadReview
          instruction={session.instruction}
          {...reviewOf(state, dispatch)}
          labels={{ instruction: 'Your message', outbound: 'Sent to the AI (Send redacted)' }}
        />
      ) : null}
      {state.error ? <ErrorNotice error={state.error} /> : null}
      <PanelStatus
        emptyDraft={false}
        notice={state.notice}
        disarmed={arming.state.armed ? undefined : arming.state.reason}
        refused={arming.refused}
      />
      <footer>
        {reviewed ? (
          <button
            type="button"
            data-testid="guard-send-redacted"
            disabled={!canRedact || !arming.ready}
            onClick={() => void decide('redacted')}
          >
            Send redacted
          </button>
        ) : null}
        <button
          type="button"
          class="secondary"
          data-testid="guard-send-typed"
          disabled={!arming.ready}
          onClick={() => void decide('typed')}
        >
          {reviewed ? 'Send as typed' : 'Send anyway'}
        </button>
        <button type="button" class="secondary" data-testid="guard-edit" onClick={() => void decide('edit')}>
          Edit
        </button>
      </footer>
    </main>
  );
}
