import type { Mode } from '../../lib/settings/modes';
import { MODE_LABELS } from '../../lib/settings/modes';

/** The panel's title and the site's mode, on every screen of the panel. */
export function PanelHeader({ mode }: { mode: Mode | undefined }) {
  return (
    <header>
      <h1>CoGenesis</h1>
      <span class="mode" data-testid="mode">
        {mode ? MODE_LABELS[mode] : ''}
      </span>
    </header>
  );
}
