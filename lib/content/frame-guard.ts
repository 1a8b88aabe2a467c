import type { FrameStatus } from '../messaging/protocol';

/**
 * The content script's half of the anti-clickjacking defence (the panel's half, which the page
 * cannot influence, is lib/panel/visibility.ts). The page cannot reach the panel iframe (it sits in a
 * closed shadow root) but it can restyle or move the host element that holds it, and its ancestors;
 * this keeps our own styles on host and iframe (inline and !important, which no stylesheet rule
 * outranks), notes
 * every move or tampering, tells the panel at once, and answers the panel's check at click time:
 * how long the frame has been still and whether it is styled or covered now. The answer is asked
 * for after the click, so it always includes a move the page made just before the click.
 */

/** The panel as the content script holds it: the page can reach the host, never the root or iframe. */
export interface PanelElements {
  readonly iframe: HTMLIFrameElement;
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
}

/** Properties the page could use to hide or distort the panel, pinned to harmless values. */
const PINNED: Record<string, string> = {
  opacity: '1',
  visibility: 'visible',
  display: 'block',
  transform: 'none',
  translate: 'none',
  rotate: 'none',
  scale: 'none',
  filter: 'none',
  'backdrop-filter': 'none',
  'clip-path': 'none',
  'mask-image': 'none',
  'mix-blend-mode': 'normal',
  'pointer-events': 'auto',
  'content-visibility': 'visible',
  overflow: 'visible',
  zoom: '1',
};

/** The host also keeps its place above the page: the page moving it is noticed, not prevented. */
const HOST_PINNED: Record<string, string> = { ...PINNED, position: 'fixed', 'z-index': '2147483647' };

/** The iframe, then the host and the host's ancestors: the shadow boundary does not stop the walk. */
function* ancestry({ iframe, host }: PanelElements): Generator<Element> {
  yield iframe;
  for (let node: Element | null = host; node; node = node.parentElement) yield node;
}

/** Computed styles on the frame, its host or an ancestor that make what the user sees differ from the panel. */
function distorted(panel: PanelElements): boolean {
  for (const node of ancestry(panel)) {
    const style = getComputedStyle(node);
    if (
      Number(style.opacity) < 1 ||
      ((node === panel.iframe || node === panel.host) && style.visibility !== 'visible') ||
      style.transform !== 'none' ||
      style.translate !== 'none' ||
      style.rotate !== 'none' ||
      style.scale !== 'none' ||
      style.maskImage !== 'none' ||
      style.filter !== 'none' ||
      style.clipPath !== 'none' ||
      style.mixBlendMode !== 'normal'
    )
      return true;
  }
  return false;
}

/**
 * Something the page drew over the frame (hit testing misses `pointer-events: none` decoys; IO v2 does
 * not). The document's hit test stops at the host (the shadow tree is retargeted); the closed root's
 * own hit test then confirms the point is on the iframe, not on nothing inside the host.
 */
function covered({ iframe, host, root }: PanelElements): boolean {
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
  return points
    .filter(inView)
    .some(([x, y]) => document.elementFromPoint(x, y) !== host || root.elementFromPoint(x, y) !== iframe);
}

export class FrameGuard {
  private lastChange = performance.now();
  private rect = '';
  private readonly observers: MutationObserver[] = [];

  constructor(
    private readonly panel: PanelElements,
    private readonly onChange: () => void,
  ) {
    this.pin();
    this.rect = this.rectKey();
    const own = new MutationObserver(() => {
      this.pin();
      this.rect = this.rectKey();
      this.changed();
    });
    own.observe(panel.iframe, { attributes: true });
    own.observe(panel.host, { attributes: true });
    // Ancestors' styles and classes, and elements added beside the host, can hide or move it.
    const around = new MutationObserver(() => this.check());
    around.observe(document.documentElement, { attributes: true, childList: true });
    if (document.body) around.observe(document.body, { attributes: true, childList: true });
    this.observers.push(own, around);
  }

  /** After our own placement or any layout event: a different rectangle is a move. */
  check(): void {
    const rect = this.rectKey();
    if (rect !== this.rect || distorted(this.panel)) {
      this.rect = rect;
      this.changed();
    }
  }

  status(): FrameStatus {
    this.check();
    const problem = distorted(this.panel) ? 'styled' : covered(this.panel) ? 'covered' : undefined;
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
    const pins: [HTMLElement, Record<string, string>][] = [
      [this.panel.host, HOST_PINNED],
      [this.panel.iframe, PINNED],
    ];
    for (const [{ style }, pinned] of pins) {
      // Only what differs is written: every write is a mutation this guard observes.
      for (const [name, value] of Object.entries(pinned)) {
        if (style.getPropertyValue(name) !== value || !style.getPropertyPriority(name))
          style.setProperty(name, value, 'important');
      }
    }
  }

  private rectKey(): string {
    const r = this.panel.iframe.getBoundingClientRect();
    return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`;
  }
}
