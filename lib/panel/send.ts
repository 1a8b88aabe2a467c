import { serializeError } from '../errors';
import type { JobRequest } from '../messaging/protocol';
import { MODE_LABELS, modeFor, sendsToCloud } from '../settings/modes';
import { siteModesItem } from '../settings/site-modes';
import { instructionOf, vaultOf, type PanelAction, type PanelState } from './state';

interface JobLine {
  send(request: JobRequest): Promise<void>;
}

/**
 * Send: reads the site's mode as it is now (it may have been switched since the panel opened), and
 * starts the job only on what the user reviewed for that mode.
 */
export async function sendJob(
  state: PanelState,
  client: JobLine,
  dispatch: (action: PanelAction) => void,
  allowDownload = false,
): Promise<void> {
  const session = state.session;
  if (!session) return;
  const fail = (error: unknown) => dispatch({ type: 'fail', error: serializeError(error) });
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
      instruction: instructionOf(state),
      outbound: state.outbound,
      policy: state.policy,
      vault: vaultOf(state.redactions),
      allowDownload,
      ...(state.previousDraft ? { previous: state.previousDraft } : {}),
    })
    .catch(fail);
}

/**
 * A follow-up on a finished draft. Local only: the device's model rewrites the draft at once. A cloud
 * mode: the follow-up joins the instruction and the panel goes back to the review, where what would
 * leave for it is shown and guarded before the user sends it.
 */
export function askFollowUp(
  state: PanelState,
  request: string,
  client: JobLine,
  dispatch: (action: PanelAction) => void,
): void {
  const mode = state.session?.mode;
  if (!mode || mode === 'off' || mode === 'guard' || !request.trim()) return;
  if (sendsToCloud(mode)) {
    dispatch({ type: 'follow-up', request });
    return;
  }
  const draft = state.draft;
  if (!draft.trim()) return;
  dispatch({ type: 'send' });
  client
    .send({ type: 'revise', instruction: instructionOf(state), draft, request: request.trim() })
    .catch((error: unknown) => dispatch({ type: 'fail', error: serializeError(error) }));
}
