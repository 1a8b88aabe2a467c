import { describeMeasurement, describeSpeed } from '../../../lib/engines/speed-estimate';
import { deserializeError } from '../../../lib/errors';
import type { ModelState } from '../../../lib/options/model-manager';

/**
 * The CPU model's speed on this device: only ever a measurement (run after the download or with
 * "Measure speed"), with when and on what it was measured; nothing before the first run.
 */
export function SpeedLine({
  state,
  onMeasure,
  onStop,
}: {
  state: ModelState;
  onMeasure(): void;
  onStop(): void;
}) {
  if (state.measuring) {
    return (
      <p class="speed" data-testid="speed-measuring" aria-live="polite">
        Measuring speed on this device (a short prompt and a few words)…{' '}
        <button type="button" class="secondary" onClick={onStop}>
          Stop
        </button>
      </p>
    );
  }
  if (!state.cached) return null;
  const failed = state.error ? deserializeError(state.error) : undefined;
  return (
    <p class="speed">
      {state.speed ? (
        <>
          <strong data-testid="speed" data-measured-at={state.speed.measuredAt}>
            {describeSpeed(state.speed)}
          </strong>{' '}
          <span class="muted" data-testid="speed-measured">
            ({describeMeasurement(state.speed)})
          </span>{' '}
        </>
      ) : (
        <span class="muted">
          {failed?.code === 'cancelled' ? 'Speed test stopped. ' : 'Speed not measured on this device yet. '}
        </span>
      )}
      <button type="button" class="secondary" data-testid="measure-speed" onClick={onMeasure}>
        {state.speed ? 'Measure again' : 'Measure speed'}
      </button>
    </p>
  );
}
