/**
 * A quiet notice beside the composer after a paste with private details. It lives in a closed shadow
 * root: the page sees an empty host element, never the sentence. It names no value.
 */
export class PasteNotice {
  private host: HTMLDivElement | undefined;

  show(field: Element): void {
    this.remove();
    const host = document.createElement('div');
    host.setAttribute('data-cogenesis', 'guard-notice');
    const rect = field.getBoundingClientRect();
    Object.assign(host.style, {
      position: 'fixed',
      zIndex: '2147483646',
      left: `${Math.round(Math.max(8, rect.left))}px`,
      top: `${Math.round(Math.max(8, rect.top - 44))}px`,
      maxWidth: '360px',
    } satisfies Partial<CSSStyleDeclaration>);
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent =
      'div{all:initial;display:flex;gap:8px;align-items:center;font:13px/1.35 system-ui,sans-serif;background:#fff7e0;color:#4a3500;border:1px solid #d9a400;border-radius:8px;padding:6px 8px;box-shadow:0 2px 8px rgba(0,0,0,.2)}button{all:initial;cursor:pointer;font:13px system-ui;color:#4a3500;padding:0 4px}button:focus-visible{outline:2px solid #2f5bd3}';
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent =
      'CoGenesis: what you pasted holds private details. When you send, you can review it and send a redacted version.';
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '✕';
    close.setAttribute('aria-label', 'Dismiss');
    close.addEventListener('click', () => this.remove());
    box.append(text, close);
    root.append(style, box);
    document.documentElement.append(host);
    this.host = host;
  }

  get shown(): boolean {
    return this.host?.isConnected === true;
  }

  remove(): void {
    this.host?.remove();
    this.host = undefined;
  }
}
