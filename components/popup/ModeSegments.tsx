import { modeParts, MODES, type Mode } from '../../lib/settings/modes';

/** The site's mode as a segmented control: one row per mode, its name and what it does. */
export function ModeSegments({ mode, onChange }: { mode: Mode; onChange(mode: Mode): void }) {
  return (
    <fieldset class="segments">
      <legend>Mode on this site</legend>
      <div class="segment-list">
        {MODES.map((m) => {
          const { name, description } = modeParts(m);
          return (
            <label key={m} class={m === mode ? 'segment on' : 'segment'}>
              <input
                type="radio"
                name="mode"
                value={m}
                checked={mode === m}
                onChange={() => onChange(m)}
                data-testid={`mode-${m}`}
              />
              <span class="segment-name">{name}</span>
              <span class="segment-desc">{description}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
