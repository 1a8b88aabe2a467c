import { buttonSpot } from '../../../lib/content/field-button';
import { GAP, PANEL_HEIGHT, PANEL_WIDTH, placePanel } from '../../../lib/content/panel-place';

const field = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
  height,
});
const overlaps = (
  a: ReturnType<typeof field>,
  b: { left: number; top: number; width: number; height: number },
) => a.left < b.left + b.width && b.left < a.right && a.top < b.top + b.height && b.top < a.bottom;

describe('placePanel', () => {
  it('goes right of the field when a wide window has room there', () => {
    const at = placePanel(field(20, 100, 500, 40), 1280, 900);
    expect(at).toEqual({ left: 528, top: 100, width: PANEL_WIDTH, height: PANEL_HEIGHT, docked: false });
  });

  it('goes below a wide field, never over it', () => {
    const f = field(20, 100, 1200, 40);
    const at = placePanel(f, 1280, 900);
    expect(at.docked).toBe(false);
    expect(overlaps(f, at)).toBe(false);
  });

  it('docks to the bottom at the full width of a narrow window', () => {
    const at = placePanel(field(10, 100, 380, 40), 400, 800);
    expect(at.docked).toBe(true);
    expect(at.left).toBe(0);
    expect(at.width).toBe(400);
    expect(at.top + at.height).toBe(800);
    expect(at.height).toBeLessThanOrEqual(PANEL_HEIGHT);
  });

  it('stays inside any window, however small', () => {
    for (const [vw, vh] of [
      [320, 480],
      [360, 300],
      [1280, 400],
      [200, 200],
    ] as const) {
      const at = placePanel(field(0, 0, vw, 40), vw, vh);
      expect(at.left).toBeGreaterThanOrEqual(0);
      expect(at.top).toBeGreaterThanOrEqual(0);
      expect(at.left + at.width).toBeLessThanOrEqual(vw);
      expect(at.top + at.height).toBeLessThanOrEqual(vh);
    }
    expect(GAP).toBeGreaterThan(0);
  });
});

describe('buttonSpot', () => {
  const SIZE = 22;
  it('puts the button after a single-line input, not over its text', () => {
    const input = field(100, 50, 300, 30);
    const spot = buttonSpot(input, true, 1280);
    expect(overlaps(input, { ...spot, width: SIZE, height: SIZE })).toBe(false);
    expect(spot.left).toBeGreaterThanOrEqual(input.right);
  });

  it('with no room after it, above the input, still not over it', () => {
    const input = field(10, 50, 380, 30);
    const spot = buttonSpot(input, true, 400);
    expect(overlaps(input, { ...spot, width: SIZE, height: SIZE })).toBe(false);
    expect(spot.left + SIZE).toBeLessThanOrEqual(400);
  });

  it('keeps the bottom-right corner of a multi-line field', () => {
    const area = field(100, 50, 300, 200);
    const spot = buttonSpot(area, false, 1280);
    expect(spot.left + SIZE).toBeLessThanOrEqual(area.right);
    expect(spot.top + SIZE).toBeLessThanOrEqual(area.bottom);
  });
});
