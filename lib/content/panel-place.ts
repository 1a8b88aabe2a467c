/** The panel's size when there is room for it, and the gap it keeps to the field and the window edge. */
export const PANEL_WIDTH = 420;
export const PANEL_HEIGHT = 520;
export const GAP = 8;
/** Docked, the panel takes at most this share of the window's height, so the page stays in view. */
const DOCKED_SHARE = 0.6;
/** A docked panel never gets shorter than this (the review needs its text box and buttons). */
const DOCKED_MIN = 280;

export interface FieldRect {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
  /** At the bottom of the window across its width: there was no room beside the field. */
  docked: boolean;
}

/**
 * Where the panel goes: right of the field when it fits there, else below or above it when that fits
 * without covering the field, else docked to the bottom of the window at the window's width (a narrow
 * window, a phone-sized one, or a field that fills the screen). Pure, so it is tested without a page.
 */
export function placePanel(field: FieldRect, vw: number, vh: number): Placement {
  const fitsWide = vw >= PANEL_WIDTH + 2 * GAP;
  const fitsTall = vh >= PANEL_HEIGHT + 2 * GAP;
  if (fitsWide && fitsTall && field.right + GAP + PANEL_WIDTH + GAP <= vw) {
    const top = Math.max(GAP, Math.min(field.top, vh - PANEL_HEIGHT - GAP));
    return { left: field.right + GAP, top, width: PANEL_WIDTH, height: PANEL_HEIGHT, docked: false };
  }
  if (fitsWide && fitsTall) {
    const left = Math.max(GAP, Math.min(field.left, vw - PANEL_WIDTH - GAP));
    if (field.bottom + GAP + PANEL_HEIGHT + GAP <= vh)
      return { left, top: field.bottom + GAP, width: PANEL_WIDTH, height: PANEL_HEIGHT, docked: false };
    if (field.top - GAP - PANEL_HEIGHT >= GAP)
      return {
        left,
        top: field.top - GAP - PANEL_HEIGHT,
        width: PANEL_WIDTH,
        height: PANEL_HEIGHT,
        docked: false,
      };
  }
  const height = Math.min(PANEL_HEIGHT, vh, Math.max(DOCKED_MIN, Math.round(vh * DOCKED_SHARE)));
  return { left: 0, top: vh - height, width: vw, height, docked: true };
}
