import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundProtocol, ConfirmAction } from '../messaging/protocol';
import { callBackground } from '../messaging/rpc';
import { ARM_DELAY_MS, watchVisibility, type ArmState, type ArmingGuard } from './visibility';

export interface Arming {
  state: ArmState;
  /** Whether Send and Insert may be pressed: armed, or confirmed in a window of our own. */
  ready: boolean;
  /**
   * Called first thing in a Send or Insert handler. True only when the panel was armed at the click
   * and the content script confirms, after the click, that the frame has been still and unstyled
   * for the arming delay. Anything else disarms and returns false (the click is ignored). Where the
   * browser cannot verify visibility, the user confirms `text` in an extension window instead.
   */
  confirm(action: ConfirmAction, text: string): Promise<boolean>;
  /** Set when a click was ignored, so the user knows why nothing happened. */
  refused: string | undefined;
}

const REFUSED =
  'That click was ignored: the page moved, hid or covered this panel just before it. Check the panel, then click again.';

/** The panel's arming state (lib/panel/visibility.ts) and the click-time check, for PanelApp. */
export function useArming(token: () => string | undefined): Arming {
  const [state, setState] = useState<ArmState>({ armed: false, reason: 'checking' });
  const [refused, setRefused] = useState<string>();
  const guard = useRef<ArmingGuard>();
  useEffect(() => {
    const watch = watchVisibility(document.body, setState);
    guard.current = watch.guard;
    return watch.stop;
  }, []);

  async function confirm(action: ConfirmAction, text: string): Promise<boolean> {
    // Read synchronously: the pointerdown before this click may just have disarmed the panel.
    const current = guard.current?.current;
    const key = token();
    if (current && !current.armed && current.reason === 'unverifiable' && key) {
      return callBackground<BackgroundProtocol, 'panel:confirm'>('panel:confirm', {
        token: key,
        action,
        text,
      }).catch(() => false);
    }
    if (!current?.armed || !key) {
      setRefused(REFUSED);
      return false;
    }
    try {
      const frame = await callBackground<BackgroundProtocol, 'panel:frame-check'>('panel:frame-check', {
        token: key,
      });
      if (frame.stillMs >= ARM_DELAY_MS && !frame.problem && guard.current?.current.armed) {
        setRefused(undefined);
        return true;
      }
    } catch {
      // No answer from the page's side: treat it as a move.
    }
    guard.current?.moved();
    setRefused(REFUSED);
    return false;
  }

  const ready = state.armed || state.reason === 'unverifiable';
  return { state, ready, confirm, refused };
}
