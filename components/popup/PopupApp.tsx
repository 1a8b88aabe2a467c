import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { modeFor, siteKey, type Mode } from '../../lib/settings/modes';
import { setSiteMode, siteModesItem } from '../../lib/settings/site-modes';
import { buttonShownOn, fieldButtonItem, setButtonForSite } from '../../lib/settings/field-button';
import { ModeToggle } from '../ModeToggle';

/**
 * The current site and its mode. The site is taken from `?site=` when given (so the popup page can
 * be opened for a site directly), else from the active tab.
 */
export function PopupApp() {
  const [site, setSite] = useState<string | null | undefined>(undefined);
  const [mode, setMode] = useState<Mode>('sketch');
  const [button, setButton] = useState(true);

  useEffect(() => {
    void (async () => {
      const fromQuery = new URLSearchParams(location.search).get('site');
      const [tab] = fromQuery ? [] : await browser.tabs.query({ active: true, currentWindow: true });
      const key = fromQuery ?? siteKey(tab?.url ?? '') ?? null;
      setSite(key);
      if (key) setMode(modeFor(await siteModesItem.getValue(), key));
      if (key) setButton(buttonShownOn(await fieldButtonItem.getValue(), key));
    })();
  }, []);

  const change = async (next: Mode) => {
    if (!site) return;
    setMode(next);
    await setSiteMode(site, next);
  };

  return (
    <main style={{ minWidth: '300px' }}>
      <h1>CoGenesis</h1>
      {site === undefined ? <p class="muted">Loading…</p> : null}
      {site === null ? (
        <p class="muted">CoGenesis does not work on this page (browser pages cannot be changed).</p>
      ) : null}
      {site ? (
        <>
          <p data-testid="site">{site}</p>
          <ModeToggle mode={mode} onChange={(m) => void change(m)} />
          <label>
            <input
              type="checkbox"
              checked={button}
              data-testid="button-toggle"
              onChange={(e) => {
                const shown = e.currentTarget.checked;
                setButton(shown);
                void setButtonForSite(site, shown);
              }}
            />{' '}
            Show the ✦ button on text fields of this site
          </label>
          <p class="muted">
            Shortcut: Alt+Shift+G in a text field, or right-click → Draft privately with CoGenesis.
          </p>
        </>
      ) : null}
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options: endpoints, your context, audit log
        </a>
      </p>
    </main>
  );
}
