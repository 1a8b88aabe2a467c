import { browser } from 'wxt/browser';
import type { FrameMovedMessage } from '../panel/visibility';
import { FrameGuard } from './frame-guard';

/**
 * The origin the panel document runs at. Chrome frames it through the per-session dynamic URL
 * (use_dynamic_url) but commits it at the extension's own origin, so messages must target that;
 * the id stays in this isolated world and never enters the page's DOM.
 */
function panelOrigin(url: string): string {
  return import.meta.env.FIREFOX ? new URL(url).origin : `chrome-extension://${browser.runtime.id}`;
}

const WIDTH = 420;
const HEIGHT = 520;
const GAP = 8;

/**
 * The panel: an extension-origin page in an iframe, mounted in a closed shadow root on a plain host
 * element. The page sees only the host: no iframe, and so no extension URL (on Firefox that URL holds
 * the per-install UUID, a stable fingerprint that also lets the page load our web-accessible files).
 * `attachShadow` here is this isolated world's own, so a page that overrides it learns nothing. The
 * session token goes in by postMessage, never in the URL, so the page cannot read it from the DOM.
 */
export class PanelFrame {
  readonly iframe: HTMLIFrameElement;
  /** What the page can see and style; the guard pins its styles as well as the iframe's. */
  readonly host: HTMLDivElement;
  readonly guard: FrameGuard;
  private readonly listeners = new AbortController();
  private frame = 0;

  constructor(
    private readonly field: Element,
    token: string,
    scheme: 'light' | 'dark',
  ) {
    const host = document.createElement('div');
    this.host = host;
    // Names what the element is, for the user's developer tools; carries no URL and no id.
    host.setAttribute('data-cogenesis', 'panel');
    Object.assign(host.style, {
      position: 'fixed',
      width: `${WIDTH}px`,
      height: `${HEIGHT}px`,
      zIndex: '2147483647',
    } satisfies Partial<CSSStyleDeclaration>);
    const root = host.attachShadow({ mode: 'closed' });
    const iframe = document.createElement('iframe');
    this.iframe = iframe;
    const url = browser.runtime.getURL('/panel.html');
    // The scheme is not secret; the token never goes into the URL.
    iframe.src = `${url}#scheme=${scheme}`;
    iframe.title = 'CoGenesis private draft';
    iframe.setAttribute('allow', 'clipboard-write');
    Object.assign(iframe.style, {
      width: `${WIDTH}px`,
      height: `${HEIGHT}px`,
      border: '0',
      borderRadius: '10px',
      boxShadow: '0 8px 32px rgba(0,0,0,.28)',
      colorScheme: scheme,
      background: 'transparent',
    } satisfies Partial<CSSStyleDeclaration>);
    const { signal } = this.listeners;
    iframe.addEventListener(
      'load',
      () => {
        iframe.contentWindow?.postMessage({ cogenesisToken: token }, panelOrigin(url));
        // Keyboard users continue in the panel; Esc there brings them back to the field.
        iframe.focus();
      },
      { signal, once: true },
    );
    const follow = () => this.schedulePlace();
    window.addEventListener('scroll', follow, { signal, capture: true, passive: true });
    window.addEventListener('resize', follow, { signal, passive: true });
    // Layout changes that are neither scroll nor resize (the field grows, content above it changes).
    const observer = new ResizeObserver(follow);
    observer.observe(field);
    observer.observe(document.documentElement);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    root.append(iframe);
    this.place();
    document.documentElement.append(host);
    // Every move or restyle, ours or the page's, restarts the panel's arming delay.
    const origin = panelOrigin(url);
    const moved: FrameMovedMessage = { cogenesisFrame: 'moved' };
    this.guard = new FrameGuard({ iframe, host, root }, () =>
      iframe.contentWindow?.postMessage(moved, origin),
    );
    signal.addEventListener('abort', () => this.guard.dispose(), { once: true });
  }

  private schedulePlace(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** Beside the field: right of it when there is room, else below, else above; always on screen. */
  private place(): void {
    const rect = this.field.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    // Narrow windows (a phone-sized browser) get a narrower panel rather than one cut off at the edge.
    const width = Math.max(280, Math.min(WIDTH, vw - 2 * GAP));
    if (this.host.style.width !== `${width}px`) {
      this.host.style.width = `${width}px`;
      this.iframe.style.width = `${width}px`;
    }
    let left = rect.right + GAP;
    let top = rect.top;
    if (left + width > vw) {
      left = Math.min(rect.left, vw - width - GAP);
      top = rect.bottom + GAP + HEIGHT <= vh ? rect.bottom + GAP : rect.top - HEIGHT - GAP;
    }
    left = Math.max(GAP, Math.min(left, vw - width - GAP));
    top = Math.max(GAP, Math.min(top, vh - HEIGHT - GAP));
    this.host.style.left = `${Math.round(left)}px`;
    this.host.style.top = `${Math.round(top)}px`;
    this.guard?.check();
  }

  remove(): void {
    this.listeners.abort();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}
