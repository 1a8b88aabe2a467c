import { useEffect } from 'preact/hooks';
import { serializeError } from '../errors';
import type { JobRequest } from '../messaging/protocol';
import { sendsToCloud } from '../settings/modes';
import { instructionOf, vaultOf, type PanelAction, type PanelState } from './state';

interface JobLine {
  send(request: JobRequest): Promise<void>;
}

/** How long typing must pause before a hand edit is checked again (outbound text or draft). */
const EDIT_PAUSE_MS = 200;

/** The panel's standing requests to the engine host, re-sent whenever what they depend on changes. */
export function useJobEffects(state: PanelState, client: JobLine, dispatch: (action: PanelAction) => void) {
  const session = state.session;
  const mode = session?.mode;
  const fail = (error: unknown) => dispatch({ type: 'fail', error: serializeError(error) });

  // Every policy change (and a follow-up joining the instruction) re-runs the privacy stage.
  useEffect(() => {
    if (!session || !sendsToCloud(mode) || state.phase !== 'review') return;
    // Once edited, the user's text is what the privacy stage works on; the instruction never again.
    const edited = state.edited
      ? { edited: { outbound: state.outbound, vault: vaultOf(state.redactions) } }
      : {};
    client
      .send({ type: 'preview', instruction: instructionOf(state), policy: state.policy, ...edited })
      .catch(fail);
  }, [session, state.policy, state.followUp]);

  // Hand edits are re-checked by the guard (debounced) before Send is allowed.
  useEffect(() => {
    if (!state.edited || !sendsToCloud(mode)) return;
    const timer = setTimeout(() => {
      client.send({ type: 'check', outbound: state.outbound, policy: state.policy }).catch(fail);
    }, EDIT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [state.outbound, state.edited]);

  // A finished, trimmed or hand-edited draft is checked in the engine host before Insert is offered.
  useEffect(() => {
    if (!session || state.phase !== 'done' || state.draftCheck?.draft === state.draft) return;
    const timer = setTimeout(() => {
      client.send({ type: 'check-draft', instruction: instructionOf(state), draft: state.draft }).catch(fail);
    }, EDIT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [state.phase, state.draft]);

  // Logit mode: say at review time whether the job will use Sketch, from the last Test connection.
  // Asked of the engine host, which decides the same way at Send (the panel's own storage may be
  // partitioned under the page's site, so it does not read settings itself).
  useEffect(() => {
    if (mode === 'logit') client.send({ type: 'logit-check' }).catch(() => undefined);
  }, [mode]);
}
