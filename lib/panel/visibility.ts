/**
 * Anti-clickjacking for the panel. The panel iframe is an element of the host page, so the page can
 * make it transparent, transform it, cover it with a decoy, or move it under the cursor just before a
 * click. Send and Insert therefore "arm" only after the panel has been verifiably visible and still
 * for ARM_DELAY_MS; any sign of tampering disarms them at once.
 *
 * Visibility is verified with IntersectionObserver v2 (`trackVisibility`), which the browser computes
 * from the real rendering (opacity, transforms, filters, and anything painted over the panel, in
 * this frame and every ancestor frame); the page cannot fake it. Where the browser lacks it
 * (Firefox), the state is `unverifiable` and the confirming step moves to a window the page cannot
 * touch (see the panel's confirm flow).
 */

export const ARM_DELAY_MS = 600;
/** IntersectionObserver v2's minimum delay between visibility notifications. */
const VISIBILITY_DELAY_MS = 100;

export type DisarmReason = 'checking' | 'hidden' | 'arming' | 'unverifiable';

export type ArmState = { armed: true } | { armed: false; reason: DisarmReason };

/** What each disarmed state tells the user (shown beside the disabled buttons). */
export const DISARM_TEXT: Record<DisarmReason, string> = {
  checking: 'Checking that this panel is fully visible…',
  hidden:
    'Send and Insert are off: the page is hiding, covering or distorting this panel. Scroll or close other overlays so the panel shows in full.',
  arming: 'This panel just appeared or moved; Send and Insert turn on in a moment.',
  unverifiable:
    'This browser cannot verify that the page shows this panel as it is, so Send and Insert ask you again in a separate window.',
};

/** IntersectionObserver v2 is not in TypeScript's DOM library yet. */
interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility: boolean;
  delay: number;
}
interface VisibilityEntry extends IntersectionObserverEntry {
  readonly isVisible: boolean;
}

export function canVerifyVisibility(win: Window & typeof globalThis = window): boolean {
  return 'IntersectionObserver' in win && 'isVisible' in win.IntersectionObserverEntry.prototype;
}

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

/**
 * The arming state machine, pure apart from its clock: visible → arming → armed; hidden or moved
 * → disarmed (moved restarts arming). A pointer seen at a new frame offset means the frame moved.
 */
export class ArmingGuard {
  private state: ArmState = { armed: false, reason: 'checking' };
  private visible = false;
  private timer: number | undefined;
  private offset: string | undefined;

  constructor(
    private readonly onChange: (state: ArmState) => void,
    private readonly clock: Clock = realClock,
    private readonly delay = ARM_DELAY_MS,
  ) {}

  get current(): ArmState {
    return this.state;
  }

  setVisible(visible: boolean): void {
    const was = this.visible;
    this.visible = visible;
    if (!visible) this.disarm('hidden');
    else if (!was) this.restart();
  }

  /** The frame moved, was restyled, or someone says so (a forged report can only disarm). */
  moved(): void {
    if (this.visible) this.restart();
  }

  /**
   * A pointer event's screen minus client coordinates is where this frame sits on the screen; the
   * page cannot forge it. A change between two events means the frame moved under the pointer.
   */
  pointer(screenX: number, screenY: number, clientX: number, clientY: number): void {
    const offset = `${Math.round(screenX - clientX)},${Math.round(screenY - clientY)}`;
    const was = this.offset;
    this.offset = offset;
    if (was !== undefined && was !== offset) this.moved();
  }

  /**
   * This browser cannot verify visibility: the state says so for good, so that the click-time check
   * (which reads `current`, not the last change reported) sends Send and Insert to the confirm window.
   */
  unverifiable(): void {
    this.disarm('unverifiable');
  }

  dispose(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private restart(): void {
    // Arming starts over, so a pointer position seen before it is no baseline any more.
    this.offset = undefined;
    this.disarm('arming');
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      if (this.visible) this.set({ armed: true });
    }, this.delay);
  }

  private disarm(reason: DisarmReason): void {
    this.dispose();
    this.set({ armed: false, reason });
  }

  private set(state: ArmState): void {
    const same =
      state.armed === this.state.armed &&
      (state.armed || (!this.state.armed && state.reason === this.state.reason));
    this.state = state;
    if (!same) this.onChange(state);
  }
}

/** Message the content script posts to the panel when its frame moved or was restyled. */
export interface FrameMovedMessage {
  cogenesisFrame: 'moved';
}

/**
 * Watches this panel's own visibility and reports arming changes. Returns the guard (for the
 * synchronous check at click time) and a stop function.
 */
export function watchVisibility(
  target: Element,
  onChange: (state: ArmState) => void,
): { guard: ArmingGuard; stop: () => void } {
  const guard = new ArmingGuard(onChange);
  if (!canVerifyVisibility()) {
    guard.unverifiable();
    return { guard, stop: () => guard.dispose() };
  }
  const listeners = new AbortController();
  const { signal } = listeners;
  const init: VisibilityInit = { trackVisibility: true, delay: VISIBILITY_DELAY_MS, threshold: [0, 1] };
  const observer = new IntersectionObserver((entries) => {
    const entry = entries.at(-1) as VisibilityEntry | undefined;
    if (entry) guard.setVisible(entry.isIntersecting && entry.isVisible);
  }, init);
  observer.observe(target);
  // Any script of the parent window can post this, the page included; it can only disarm.
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      const data = event.data as Partial<FrameMovedMessage> | null;
      if (event.source === window.parent && data?.cogenesisFrame === 'moved') guard.moved();
    },
    { signal },
  );
  const onPointer = (event: PointerEvent) =>
    guard.pointer(event.screenX, event.screenY, event.clientX, event.clientY);
  for (const type of ['pointerover', 'pointermove', 'pointerdown'] as const)
    window.addEventListener(type, onPointer, { capture: true, passive: true, signal });
  return {
    guard,
    stop: () => {
      listeners.abort();
      observer.disconnect();
      guard.dispose();
    },
  };
}
