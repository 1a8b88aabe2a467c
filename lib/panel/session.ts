import { AppError } from '../errors';
import type { BackgroundProtocol, JobRequest, PanelSession, Placement } from '../messaging/protocol';
import { callBackground } from '../messaging/rpc';
import type { SectionId } from '../options/sections';
import type { PanelAction } from './state';
import { onTokenCandidates } from './token';
import { unfilledPlaceholders } from './unfilled';

/** The panel's side of the job port (lib/panel/job-client.ts), as far as the session needs it. */
interface JobLine {
  send(request: JobRequest): Promise<void>;
}

/** What the user already answered for this Insert (see InsertQuestion in state.ts). */
export interface InsertAnswers {
  unfilled?: boolean;
  confirmed?: boolean;
}

/**
 * The panel's session with the background: the token it proved it holds, and the calls only that
 * token may make (insert, close, open options). PanelApp holds one; the UI stays out of the protocol.
 */
export class PanelSessionLink {
  private token: string | undefined;

  constructor(
    private readonly client: JobLine,
    private readonly dispatch: (action: PanelAction) => void,
  ) {}

  /** The session token, once claimed (the arming check and the confirm window need it). */
  get current(): string | undefined {
    return this.token;
  }

  /**
   * Tries every token posted to this frame against the background until one is claimed. Any script
   * of the host page can post candidates; only the background knows the real one.
   */
  claim(): () => void {
    return onTokenCandidates((candidate) => {
      if (this.token) return;
      callBackground<BackgroundProtocol, 'panel:claim'>('panel:claim', { token: candidate }).then(
        (session: PanelSession) => {
          if (this.token) return;
          this.token = candidate;
          this.dispatch({ type: 'session', session });
        },
        () => undefined,
      );
    });
  }

  close(): void {
    this.client.send({ type: 'cancel' }).catch(() => undefined);
    const token = this.token;
    if (token)
      void callBackground<BackgroundProtocol, 'panel:close'>('panel:close', { token }).catch(() => undefined);
  }

  /** Opens options at a section (the one that fixes a setup error, or a context entry), in a new tab. */
  openOptions(section: SectionId, entry?: string): void {
    const token = this.token;
    if (!token) return;
    const params = { token, section, ...(entry ? { entry } : {}) };
    callBackground<BackgroundProtocol, 'panel:open-options'>('panel:open-options', params).catch(() =>
      this.dispatch({
        type: 'notice',
        text: 'Options could not be opened here: open CoGenesis options from the toolbar.',
      }),
    );
  }

  /**
   * The insert sequence: ask about unfilled placeholders first, tell the engine host the draft is being
   * accepted (a successful insert closes this panel before its answer arrives), then write through the
   * background; a field that changed since the panel opened turns into a question, not a write.
   */
  async insert(draft: string, placement: Placement, answered: InsertAnswers = {}): Promise<void> {
    const token = this.token;
    if (!token || !draft.trim()) return;
    this.dispatch({ type: 'answered' });
    const unfilled = unfilledPlaceholders(draft);
    if (unfilled.length > 0 && !answered.unfilled) {
      this.dispatch({ type: 'ask', question: { kind: 'unfilled', placeholders: unfilled, placement } });
      return;
    }
    await this.client.send({ type: 'accepted', accepted: true }).catch(() => undefined);
    const notAccepted = () => this.client.send({ type: 'accepted', accepted: false }).catch(() => undefined);
    try {
      const result = await callBackground<BackgroundProtocol, 'panel:insert'>('panel:insert', {
        token,
        text: draft,
        placement,
        ...(answered.confirmed ? { confirmed: true } : {}),
      });
      if (result.fieldChanged) {
        void notAccepted();
        const instructionFound = result.instructionFound === true;
        this.dispatch({ type: 'ask', question: { kind: 'field-changed', instructionFound } });
        return;
      }
      if (!result.ok) throw new AppError('insert-failed');
    } catch (error) {
      void notAccepted();
      this.dispatch({
        type: 'notice',
        text: new AppError('insert-failed', undefined, { cause: error }).userText,
      });
    }
  }
}
