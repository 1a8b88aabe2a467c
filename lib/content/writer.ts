import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AppError } from '../errors';
import type { BackgroundProtocol, ContentProtocol } from '../messaging/protocol';
import { callBackground, serve } from '../messaging/rpc';
import { MAX_TEXT } from '../messaging/validate';
import { strategyFor } from '../textbox/strategies';
import type { FieldStrategy } from '../textbox/types';
import { FieldButton } from './field-button';
import { pageScheme } from './page-scheme';
import { PanelFrame } from './panel-frame';
import { newPanelToken } from './panel-token';
import type { WriterHandle } from './writer-module';

interface OpenPanel {
  token: string;
  field: Element;
  strategy: FieldStrategy;
  instruction: string;
  /** The field's whole text when the panel opened, to notice an edit made while it was open. */
  text: string;
  frame: PanelFrame;
}

/**
 * A field's whole text, independent of where its selection is (editors move the selection when focus
 * leaves them). Whitespace is dropped: editors re-render paragraphs and spaces on their own.
 */
function fieldText(field: Element): string {
  const text =
    field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
      ? field.value
      : (field.textContent ?? '');
  return text.replace(/\s+/g, '');
}

/** The deepest focused element, looking through open shadow roots. */
function focusedElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The content script's work on a site that is not Off. Quiet in the host page: failures here never
 * throw into the page; the panel explains them.
 */
export class Writer implements WriterHandle {
  private lastField: WeakRef<Element> | undefined;
  private open: OpenPanel | undefined;
  private readonly stop = new AbortController();
  private unserve: (() => void) | undefined;
  private button: FieldButton | undefined;
  private buttonShown = false;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Whether fields get the small button (per site and global setting); applied on the next focus. */
  setButton(shown: boolean): void {
    this.buttonShown = shown;
    if (!shown) this.button?.remove();
  }

  start(): void {
    const { signal } = this.stop;
    document.addEventListener('focusin', () => this.focused(focusedElement()), { capture: true, signal });
    document.addEventListener(
      'focusout',
      (event) => {
        if (event.relatedTarget !== null || !document.hasFocus()) this.button?.hide();
      },
      { capture: true, signal },
    );
    this.unserve = serve<ContentProtocol>({
      'content:insert': async ({ token, text, placement, confirmed }) => {
        const open = this.open;
        // An empty draft would blank the field: never.
        if (!open || open.token !== token || typeof text !== 'string' || !text.trim())
          throw new AppError('insert-failed');
        if (!open.field.isConnected) throw new AppError('insert-failed');
        // Edited while the panel was open: never replace the user's new text whole; ask first, and
        // then replace only the instruction, and only where it still stands.
        const now = fieldText(open.field);
        if (now !== open.text) {
          const wanted = open.instruction.replace(/\s+/g, '');
          const instructionFound = wanted !== '' && now.includes(wanted);
          if (confirmed !== true || (placement !== 'below' && !instructionFound))
            return { ok: false, fieldChanged: true, instructionFound };
        }
        const ok = await open.strategy.insert(
          open.field,
          text,
          placement === 'below' ? 'below' : 'replace',
          open.instruction,
        );
        if (ok && this.open === open) this.close(false);
        return { ok };
      },
      'content:frame-check': ({ token }) => {
        if (!this.open || this.open.token !== token) throw new AppError('session-expired');
        return this.open.frame.guard.status();
      },
      'content:close-panel': ({ token }) => {
        if (this.open?.token === token) this.close(true);
      },
    });
    this.ctx.onInvalidated(() => this.dispose());
  }

  /** A field got focus: remember it, and show the button on it. */
  focused(element: Element | null): void {
    if (!element || !strategyFor(element)) return;
    this.lastField = new WeakRef(element);
    if (this.buttonShown && !this.open) {
      this.button ??= new FieldButton((field) => void this.openPanel(field).catch(() => undefined));
      this.button.show(element);
    }
  }

  /** The shortcut or the context menu (through the loader): open the panel for the focused field. */
  trigger(): Promise<void> {
    return this.openPanel();
  }

  dispose(): void {
    this.close(false);
    this.button?.remove();
    this.stop.abort();
    this.unserve?.();
  }

  private fieldToUse(): Element | undefined {
    const focused = focusedElement();
    if (focused && strategyFor(focused)) return focused;
    // The shortcut may arrive after focus moved to our own panel; fall back to the last field.
    const last = this.lastField?.deref();
    return last?.isConnected && document.hasFocus() ? last : undefined;
  }

  /** Opens the panel for `pressed` (the field button) or for the focused field (shortcut, menu). */
  private async openPanel(pressed?: Element): Promise<void> {
    if (!pressed && !document.hasFocus()) return;
    const field = pressed ?? this.fieldToUse();
    const strategy = strategyFor(field ?? null);
    if (!field || !strategy) return;
    if (this.open?.field === field) return;
    this.close(false);
    const token = newPanelToken();
    const read = strategy.readRendered?.(field) ?? { text: strategy.read(field), hidden: 0 };
    // Too long to be an instruction: the panel still opens, and says so, instead of nothing happening.
    const tooLong = read.text.length > MAX_TEXT ? read.text.length : 0;
    const instruction = tooLong ? '' : read.text;
    await callBackground<BackgroundProtocol, 'content:open-panel'>('content:open-panel', {
      token,
      instruction,
      ...(read.hidden ? { hiddenChars: read.hidden } : {}),
      ...(tooLong ? { tooLong } : {}),
    });
    this.button?.hide();
    this.open = {
      token,
      field,
      strategy,
      instruction,
      text: fieldText(field),
      frame: new PanelFrame(field, token, pageScheme()),
    };
  }

  private close(returnFocus: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    open.frame.remove();
    if (returnFocus && open.field instanceof HTMLElement) open.field.focus();
    void callBackground<BackgroundProtocol, 'content:panel-closed'>('content:panel-closed', {
      token: open.token,
    }).catch(() => undefined);
  }
}
