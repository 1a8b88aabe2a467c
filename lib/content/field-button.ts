/**
 * The small button on the focused field. It lives in a closed shadow root so page styles cannot
 * break it and page scripts cannot reach into it; it carries nothing private (only an icon).
 * Created on the first focus of a field, never before.
 */
export class FieldButton {
  private host: HTMLDivElement | undefined;
  private field: Element | undefined;
  private listeners: AbortController | undefined;
  private frame = 0;

  constructor(private readonly onPress: (field: Element) => void) {}

  show(field: Element): void {
    this.field = field;
    const host = this.host ?? this.create();
    if (!host.isConnected) document.documentElement.append(host);
    host.style.display = 'block';
    this.listeners?.abort();
    this.listeners = new AbortController();
    const follow = () => this.schedule();
    window.addEventListener('scroll', follow, {
      capture: true,
      passive: true,
      signal: this.listeners.signal,
    });
    window.addEventListener('resize', follow, { passive: true, signal: this.listeners.signal });
    this.place();
  }

  hide(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    if (this.host) this.host.style.display = 'none';
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
  }

  private create(): HTMLDivElement {
    const host = document.createElement('div');
    host.setAttribute('data-cogenesis', 'field-button');
    Object.assign(host.style, { position: 'fixed', zIndex: '2147483646', width: '22px', height: '22px' });
    const root = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    button.type = 'button';
    button.title = 'Draft privately with CoGenesis (Alt+Shift+G)';
    button.setAttribute('aria-label', 'Draft privately with CoGenesis');
    button.textContent = '✦';
    const style = document.createElement('style');
    style.textContent =
      'button{all:initial;cursor:pointer;width:22px;height:22px;border-radius:11px;background:#2f5bd3;color:#fff;font:13px/22px system-ui;text-align:center;opacity:.75;box-shadow:0 1px 3px rgba(0,0,0,.3)}button:hover,button:focus-visible{opacity:1;outline:2px solid #8fb0ff}';
    // Keep the field focused: a press must not blur it (the panel needs to know which field).
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      if (this.field) this.onPress(this.field);
    });
    root.append(style, button);
    this.host = host;
    return host;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  private place(): void {
    if (!this.host || !this.field) return;
    const spot = buttonSpot(
      this.field.getBoundingClientRect(),
      this.field instanceof HTMLInputElement,
      document.documentElement.clientWidth,
    );
    this.host.style.left = `${Math.round(spot.left)}px`;
    this.host.style.top = `${Math.round(spot.top)}px`;
  }
}

const SIZE = 22;
const GAP = 4;

/**
 * Where the button goes. A single-line input has its text on the one line the button would sit on,
 * so the button goes outside it: after its right edge, or (no room there) just above its right end.
 * A multi-line field keeps it in its bottom-right corner, below the text the user is looking at.
 */
export function buttonSpot(
  rect: { top: number; right: number; bottom: number; height: number },
  singleLine: boolean,
  vw: number,
): { left: number; top: number } {
  if (!singleLine) return { left: rect.right - SIZE - 6, top: rect.bottom - SIZE - 6 };
  if (rect.right + GAP + SIZE <= vw)
    return { left: rect.right + GAP, top: rect.top + (rect.height - SIZE) / 2 };
  return { left: rect.right - SIZE, top: Math.max(0, rect.top - SIZE - GAP) };
}
