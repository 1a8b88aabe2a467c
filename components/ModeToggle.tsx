import { MODES, MODE_LABELS, type Mode } from '../lib/settings/modes';

/** The current site's mode, as radio buttons. */
export function ModeToggle({ mode, onChange }: { mode: Mode; onChange(mode: Mode): void }) {
  return (
    <fieldset class="modes">
      <legend>Mode on this site</legend>
      {MODES.map((m) => (
        <label key={m}>
          <input
            type="radio"
            name="mode"
            value={m}
            checked={mode === m}
            onChange={() => onChange(m)}
            data-testid={`mode-${m}`}
          />{' '}
          {MODE_LABELS[m]}
        </label>
      ))}
    </fieldset>
  );
}
