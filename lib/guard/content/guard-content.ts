import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AppError } from '../../errors';
import { pageScheme } from '../../content/page-scheme';
import { PanelFrame } from '../../content/panel-frame';
import { newPanelToken } from '../../content/panel-token';
import type { BackgroundProtocol, ContentProtocol, GuardStatus } from '../../messaging/protocol';
import { callBackground, serve } from '../../messaging/rpc';
import { MAX_TEXT } from '../../messaging/validate';
import { decideSubmit, isSendKey, isUnnamed, looksLikeSend } from '../decision';
import type { GuardDecision, HoldReason } from '../types';
import { composerOf, composerOn, composerText, findComposer, type Composer } from './composer';
import type { GuardHandle } from './module';
import { PasteNotice } from './paste-notice';
import { buttonNames, isLastButtonBeside } from './send-button';
import { Verdicts } from './verdicts';

/** Pause in typing after which the text is checked, so the verdict is ready at submit time. */
const TYPING_PAUSE_MS = 150;
const PLACEHOLDER = /\[[A-Z]+_\d+\]/;

/** An open Guard panel: a held submission, or (without `submission`) an answer being read. */
interface Held {
  token: string;
  frame: PanelFrame;
  submission?: {
    composer: Composer;
    prompt: string;
    /** Submits again the way the user did (Enter, the send button, the form). */
    replay: () => void;
  };
}

/**
 * Guard mode's content side: it intercepts submissions (Enter, the send button, a form submit) in the
 * capture phase, before the site's handlers, and lets them through only with a clean verdict for the
 * exact text being sent. It sends the prompt text (which the page already has) and receives only a
 * verdict; what was found is shown by the panel, an extension page.
 */
export class GuardContent implements GuardHandle {
  private readonly stop = new AbortController();
  private readonly verdicts = new Verdicts();
  private readonly notice = new PasteNotice();
  private lastComposer: Composer | undefined;
  private held: Held | undefined;
  private typing: ReturnType<typeof setTimeout> | undefined;
  /** True while we re-submit: our own listeners let that event through. */
  private replaying = false;
  private unserve: (() => void) | undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  start(): void {
    const options = { capture: true, signal: this.stop.signal };
    window.addEventListener('focusin', (event) => this.noteComposer(event), options);
    window.addEventListener('input', (event) => this.onInput(event), options);
    window.addEventListener('paste', (event) => this.onPaste(event), options);
    window.addEventListener('keydown', (event) => this.onKey(event), options);
    window.addEventListener('click', (event) => this.onClick(event), options);
    window.addEventListener('submit', (event) => this.onSubmit(event), options);
    this.unserve = serve<ContentProtocol>({
      'content:guard-send': ({ token, decision, text }) => this.decided(token, decision, text),
      'content:guard-status': (): GuardStatus =>
        (this.lastComposer ?? findComposer()) ? 'active' : 'inactive',
      'content:frame-check': ({ token }) => {
        if (this.held?.token !== token) throw new AppError('session-expired');
        return this.held.frame.guard.status();
      },
      'content:close-panel': ({ token }) => {
        if (this.held?.token === token) this.closePanel(true);
      },
    });
    this.ctx.onInvalidated(() => this.dispose());
  }

  dispose(): void {
    this.closePanel(false);
    this.notice.remove();
    clearTimeout(this.typing);
    this.stop.abort();
    this.unserve?.();
  }

  /** The selected AI answer, read in the panel with placeholders put back; never in the page. */
  async trigger(): Promise<void> {
    const selection = window.getSelection();
    const answer = selection?.toString() ?? '';
    if (!PLACEHOLDER.test(answer) || answer.length > MAX_TEXT) return;
    const anchor = selection?.anchorNode;
    const near = anchor instanceof Element ? anchor : (anchor?.parentElement ?? document.body);
    this.closePanel(false);
    const token = newPanelToken();
    await callBackground<BackgroundProtocol, 'content:guard-answer'>('content:guard-answer', {
      token,
      answer,
    });
    this.held = { token, frame: new PanelFrame(near, token, pageScheme()) };
  }

  private noteComposer(event: Event): Composer | undefined {
    const composer = composerOf(event);
    if (composer) this.lastComposer = composer;
    return composer;
  }

  /** Checks the text after a pause in typing, so the verdict is ready when the user sends. */
  private onInput(event: Event): void {
    const composer = this.noteComposer(event);
    if (!composer) return;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      const text = composerText(composer.field);
      if (text?.trim() && text.length <= MAX_TEXT) void this.verdicts.check(text);
    }, TYPING_PAUSE_MS);
  }

  /** A paste with private details is flagged at once, before any submission. */
  private onPaste(event: ClipboardEvent): void {
    const composer = this.noteComposer(event);
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (!composer || !pasted.trim() || pasted.length > MAX_TEXT) return;
    void this.verdicts.check(pasted).then((verdict) => {
      if (verdict === 'held' && composer.field.isConnected) this.notice.show(composer.field);
    });
  }

  private onKey(event: KeyboardEvent): void {
    if (this.replaying || !isSendKey(event)) return;
    const composer = composerOf(event);
    if (!composer) return;
    const { field } = composer;
    this.intercept(event, composer, () => {
      if (field instanceof HTMLElement) field.focus();
      const init = {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        which: 13,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      field.dispatchEvent(new KeyboardEvent('keydown', init));
      field.dispatchEvent(new KeyboardEvent('keypress', init));
      field.dispatchEvent(new KeyboardEvent('keyup', init));
    });
  }

  private onClick(event: MouseEvent): void {
    if (this.replaying) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const button = target.closest<HTMLElement>('button, [role="button"], input[type="submit"]');
    if (!button || button.closest('[data-cogenesis]')) return;
    const names = buttonNames(button);
    const composer = looksLikeSend(names)
      ? this.composerFor(button)
      : isUnnamed(names)
        ? this.composerBeside(button)
        : undefined;
    if (!composer) return;
    this.intercept(event, composer, () => button.click());
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.replaying || !(event.target instanceof HTMLFormElement)) return;
    const form = event.target;
    const composer = this.composerFor(form);
    if (!composer) return;
    const submitter = event.submitter;
    this.intercept(event, composer, () => form.requestSubmit(submitter?.isConnected ? submitter : null));
  }

  /** The last used composer, when `button` is the last button beside it (an unnamed icon send). */
  private composerBeside(button: Element): Composer | undefined {
    const last = this.lastComposer?.field.isConnected ? this.lastComposer : undefined;
    return last && isLastButtonBeside(button, last.field) ? last : undefined;
  }

  /** The composer a send button or form belongs to: the one inside its form, else the last used. */
  private composerFor(element: Element): Composer | undefined {
    const form = element instanceof HTMLFormElement ? element : element.closest('form');
    const last = this.lastComposer?.field.isConnected ? this.lastComposer : undefined;
    if (form && last && form.contains(last.field)) return last;
    const inside = form?.querySelector('textarea, [contenteditable=""], [contenteditable="true"]');
    if (inside) return composerOn([inside]);
    return form ? undefined : last;
  }

  /** The decision at submit time (lib/guard/decision.ts); clean passes untouched, in this very event. */
  private intercept(event: Event, composer: Composer, replay: () => void): void {
    const text = composerText(composer.field);
    const verdict = text === undefined ? undefined : this.verdicts.get(text);
    const decision = decideSubmit({ text, verdict, limit: MAX_TEXT });
    if (decision.kind === 'pass') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // Already held with this very text (a repeated Enter): the user decides in the open panel. A
    // changed text is held anew, replacing that panel.
    if (this.held?.submission && this.held.submission.prompt === text) return;
    if (decision.kind === 'hold') return void this.hold(composer, text ?? '', decision.reason, replay);
    const prompt = text ?? '';
    void this.verdicts.check(prompt).then((checked) => {
      const again = decideSubmit({ text: prompt, verdict: checked, limit: MAX_TEXT });
      if (again.kind === 'pass') {
        // Only what was checked goes out: if the user typed on meanwhile, they send again themselves.
        if (composerText(composer.field) === prompt) this.replay(replay);
      } else if (again.kind === 'hold') void this.hold(composer, prompt, again.reason, replay);
    });
  }

  private replay(replay: () => void): void {
    this.notice.remove();
    this.replaying = true;
    try {
      replay();
    } finally {
      this.replaying = false;
    }
  }

  private async hold(
    composer: Composer,
    prompt: string,
    reason: HoldReason,
    replay: () => void,
  ): Promise<void> {
    this.closePanel(false);
    this.notice.remove();
    const token = newPanelToken();
    const reasonFor: HoldReason = prompt.length > MAX_TEXT ? 'too-long' : reason;
    await callBackground<BackgroundProtocol, 'content:guard-hold'>('content:guard-hold', {
      token,
      prompt: reasonFor === 'too-long' ? '' : prompt,
      reason: reasonFor,
    }).catch(() => undefined);
    const frame = new PanelFrame(composer.field, token, pageScheme());
    this.held = { token, frame, submission: { composer, prompt, replay } };
  }

  /** The user's choice in the panel. Send redacted writes first, through the editor strategy. */
  private async decided(
    token: string,
    decision: GuardDecision,
    text: string | undefined,
  ): Promise<{ ok: boolean }> {
    const held = this.held?.token === token ? this.held.submission : undefined;
    if (!held) throw new AppError('session-expired');
    const { field, strategy } = held.composer;
    if (!field.isConnected) return { ok: false };
    if (decision === 'edit') {
      this.closePanel(true);
      return { ok: true };
    }
    // Send exactly what the user reviewed: a composer changed meanwhile is not sent.
    if (composerText(field) !== held.prompt) return { ok: false };
    if (decision === 'redacted') {
      if (typeof text !== 'string' || !text.trim()) return { ok: false };
      const written = await strategy.insert(field, text, 'replace', held.prompt);
      if (!written) return { ok: false };
    }
    this.closePanel(false);
    if (field instanceof HTMLElement) field.focus();
    this.replay(held.replay);
    return { ok: true };
  }

  private closePanel(returnFocus: boolean): void {
    const held = this.held;
    if (!held) return;
    this.held = undefined;
    held.frame.remove();
    const field = held.submission?.composer.field;
    if (returnFocus && field instanceof HTMLElement) field.focus();
    void callBackground<BackgroundProtocol, 'content:panel-closed'>('content:panel-closed', {
      token: held.token,
    }).catch(() => undefined);
  }
}
