import type { FrameStatus } from '../messaging/protocol';

/**
 * The content script's half of the anti-clickjacking defence (the panel's half, which the page
 * cannot influence, is lib/panel/visibility.ts). The page can restyle or move the panel iframe;
 * this keeps our own styles on it (inline and !important, which no stylesheet rule outranks), notes
 * every move or tampering, tells the panel at once, and answers the panel's check at click time:
 * how long the frame has been still and whether it is styled or covered now. The answer is asked
 * for after the click, so it always includes a move the page made just before the click.
 */

/** Properties the page could use to hide or distort the frame, pinned to harmless values. */
const PINNED: Record<string, string> = {
  opacity: '1',
  visibility: 'visible',
  display: 'block',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'mix-blend-mode': 'normal',
  'pointer-events': 'auto',
};

/** Computed styles on the frame or an ancestor that make what the user sees differ from the panel. */
function distorted(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (
      Number(style.opacity) < 1 ||
      (node === element && style.visibility !== 'visible') ||
      style.transform !== 'none' ||
      style.filter !== 'none' ||
      style.clipPath !== 'none' ||
      style.mixBlendMode !== 'normal'
    )
      return true;
  }
  return false;
}

/** Something the page drew over the frame (hit testing misses `pointer-events: none` decoys; IO v2 does not). */
function covered(iframe: HTMLIFrameElement): boolean {
  const rect = iframe.getBoundingClientRect();
  const inset = 12;
  const [vw, vh] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
  // Points outside the viewport are nobody's: only what the user can see may be covered.
  const inView = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x < vw && y < vh;
  const points: [number, number][] = [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
  ];
  return points.filter(inView).some(([x, y]) => document.elementFromPoint(x, y) !== iframe);
}

export class FrameGuard {
  private lastChange = performance.now();
  private rect = '';
  private readonly observers: MutationObserver[] = [];

  constructor(
    private readonly iframe: HTMLIFrameElement,
    private readonly onChange: () => void,
  ) {
    this.pin();
    this.rect = this.rectKey();
    const own = new MutationObserver(() => {
      this.pin();
      this.rect = this.rectKey();
      this.changed();
    });
    own.observe(iframe, { attributes: true });
    // Ancestors' styles and classes, and elements added beside the frame, can hide or move it.
    const around = new MutationObserver(() => this.check());
    around.observe(document.documentElement, { attributes: true, childList: true });
    if (document.body) around.observe(document.body, { attributes: true, childList: true });
    this.observers.push(own, around);
  }

  /** After our own placement or any layout event: a different rectangle is a move. */
  check(): void {
    const rect = this.rectKey();
    if (rect !== this.rect || distorted(this.iframe)) {
      this.rect = rect;
      this.changed();
    }
  }

  status(): FrameStatus {
    this.check();
    const problem = distorted(this.iframe) ? 'styled' : covered(this.iframe) ? 'covered' : undefined;
    return { stillMs: Math.round(performance.now() - this.lastChange), ...(problem ? { problem } : {}) };
  }

  dispose(): void {
    for (const observer of this.observers) observer.disconnect();
  }

  private changed(): void {
    this.lastChange = performance.now();
    this.onChange();
  }

  private pin(): void {
    for (const [name, value] of Object.entries(PINNED)) {
      if (this.iframe.style.getPropertyValue(name) !== value || !this.iframe.style.getPropertyPriority(name))
        this.iframe.style.setProperty(name, value, 'important');
    }
  }

  private rectKey(): string {
    const r = this.iframe.getBoundingClientRect();
    return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`;
  }
}
