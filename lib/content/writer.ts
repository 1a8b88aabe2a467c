import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AppError } from '../errors';
import type { BackgroundProtocol, ContentProtocol } from '../messaging/protocol';
import { callBackground, serve } from '../messaging/rpc';
import { strategyFor } from '../textbox/strategies';
import type { FieldStrategy } from '../textbox/types';
import { PanelFrame } from './panel-frame';

interface OpenPanel {
  token: string;
  field: Element;
  strategy: FieldStrategy;
  instruction: string;
  frame: PanelFrame;
}

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
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
export class Writer {
  private lastField: WeakRef<Element> | undefined;
  private open: OpenPanel | undefined;
  private readonly stop = new AbortController();
  private unserve: (() => void) | undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  start(): void {
    const { signal } = this.stop;
    document.addEventListener(
      'focusin',
      () => {
        const element = focusedElement();
        if (element && strategyFor(element)) this.lastField = new WeakRef(element);
      },
      { capture: true, signal },
    );
    this.unserve = serve<ContentProtocol>({
      'content:trigger': () => this.trigger(),
      'content:insert': ({ token, text, placement }) => {
        const open = this.open;
        if (!open || open.token !== token || typeof text !== 'string') throw new AppError('insert-failed');
        if (!open.field.isConnected) throw new AppError('insert-failed');
        const ok = open.strategy.insert(
          open.field,
          text,
          placement === 'below' ? 'below' : 'replace',
          open.instruction,
        );
        if (ok) this.close(false);
        return { ok };
      },
      'content:close-panel': ({ token }) => {
        if (this.open?.token === token) this.close(true);
      },
    });
    this.ctx.onInvalidated(() => this.dispose());
  }

  dispose(): void {
    this.close(false);
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

  private async trigger(): Promise<void> {
    if (!document.hasFocus()) return;
    const field = this.fieldToUse();
    const strategy = strategyFor(field ?? null);
    if (!field || !strategy) return;
    if (this.open?.field === field) return;
    this.close(false);
    const token = newToken();
    const instruction = strategy.read(field);
    await callBackground<BackgroundProtocol, 'content:open-panel'>('content:open-panel', {
      token,
      instruction,
    });
    this.open = { token, field, strategy, instruction, frame: new PanelFrame(field, token) };
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
