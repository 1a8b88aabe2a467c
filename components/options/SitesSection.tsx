import { useEffect, useState } from 'preact/hooks';
import { siteRows } from '../../lib/options/sites';
import { fieldButtonItem, setButtonForSite, type FieldButtonSettings } from '../../lib/settings/field-button';
import { DEFAULT_MODE, modeParts, MODES, NEW_SITE_KEY, type Mode } from '../../lib/settings/modes';
import { forgetSiteMode, setNewSiteMode, setSiteMode, siteModesItem } from '../../lib/settings/site-modes';

function ModeSelect({
  value,
  label,
  onChange,
  testid,
}: {
  value: Mode;
  label: string;
  onChange(m: Mode): void;
  testid: string;
}) {
  // The select names the mode and the line under it says what the chosen one does: a select cannot
  // wrap, and the full labels were cut mid-word in a narrow window ("token by toke").
  return (
    <>
      <select
        aria-label={label}
        aria-describedby={`${testid}-what`}
        value={value}
        data-testid={testid}
        onChange={(e) => onChange(e.currentTarget.value as Mode)}
      >
        {MODES.map((m) => (
          <option key={m} value={m} title={modeParts(m).description}>
            {modeParts(m).name}
          </option>
        ))}
      </select>
      <span class="muted mode-what" id={`${testid}-what`} data-testid={`${testid}-what`}>
        {modeParts(value).description}
      </span>
    </>
  );
}

/** Sites with settings of their own, and the mode for every other site. Live: the popup's changes show here. */
export function SitesSection() {
  const [modes, setModes] = useState<Record<string, Mode>>();
  const [button, setButton] = useState<FieldButtonSettings>();
  useEffect(() => {
    void siteModesItem.getValue().then(setModes);
    void fieldButtonItem.getValue().then(setButton);
    const unwatchModes = siteModesItem.watch(setModes);
    const unwatchButton = fieldButtonItem.watch(setButton);
    return () => {
      unwatchModes();
      unwatchButton();
    };
  }, []);
  if (!modes || !button) return <p class="muted">Loading…</p>;
  const newSiteMode = modes[NEW_SITE_KEY] ?? DEFAULT_MODE;
  const rows = siteRows(modes, button.disabledSites);
  return (
    <>
      <label class="stack">
        Mode on sites you have not set
        <ModeSelect
          value={newSiteMode}
          label="Mode for new sites"
          testid="new-site-mode"
          onChange={(m) => void setNewSiteMode(m)}
        />
      </label>
      {rows.length === 0 ? (
        <p class="muted" data-testid="no-sites">
          No site has its own setting yet. Change a site's mode from the toolbar button while you are on it.
        </p>
      ) : (
        <ul class="entries sites" data-testid="site-list">
          {rows.map((row) => (
            <li key={row.site} class="entry site" data-site={row.site}>
              <span class="site-name">{row.site}</span>
              <ModeSelect
                value={row.mode ?? newSiteMode}
                label={`Mode on ${row.site}`}
                testid={`site-mode-${row.site}`}
                onChange={(m) => void setSiteMode(row.site, m)}
              />
              <label>
                <input
                  type="checkbox"
                  checked={row.buttonShown}
                  onChange={(e) => void setButtonForSite(row.site, e.currentTarget.checked)}
                />{' '}
                ✦ button
              </label>
              <button
                type="button"
                class="secondary"
                aria-label={`Forget the settings of ${row.site}`}
                onClick={() => void forgetSiteMode(row.site).then(() => setButtonForSite(row.site, true))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
