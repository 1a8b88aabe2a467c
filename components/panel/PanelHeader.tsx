import type { Mode } from '../../lib/settings/modes';
import { MODE_LABELS } from '../../lib/settings/modes';

/**
 * The panel's title and the site's mode, on every screen of the panel. The header shows the mode's
 * name only ("Logit"), so it stays on one line in a narrow panel; the description follows for screen
 * readers and in the tooltip.
 */
export function PanelHeader({ mode }: { mode: Mode | undefined }) {
  const full = mode ? MODE_LABELS[mode] : '';
  const cut = full.indexOf(':');
  const name = cut > 0 ? full.slice(0, cut) : full;
  return (
    <header>
      <h1>CoGenesis</h1>
      <span class="mode" data-testid="mode" title={full}>
        {name}
        {cut > 0 ? <span class="visually-hidden">{full.slice(cut)}</span> : null}
      </span>
    </header>
  );
}
