import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { modeFor, siteKey, type Mode } from '../../lib/settings/modes';
import { setSiteMode, siteModesItem } from '../../lib/settings/site-modes';
import { buttonShownOn, fieldButtonItem, setButtonForSite } from '../../lib/settings/field-button';
import { tabUrl, trySiteOf } from '../../lib/options/try-page';
import { ReadinessList, useReadiness } from '../options/ReadinessList';
import { ModeSegments } from './ModeSegments';
import { SetupLeft } from './SetupLeft';
import { GuardStatusLine } from './GuardStatusLine';

const optionsUrl = (section: string) => browser.runtime.getURL(`/options.html#${section}`);

/** `?tab=` names the tab a popup opened as a page is about (with `?site=`); else the active tab. */
function queryTab(): number | undefined {
  const tab = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  return Number.isSafeInteger(tab) ? tab : undefined;
}

/**
 * The current site, its mode and what is still missing. The site is taken from `?site=` when given
 * (so the popup page can be opened for a site directly), else from the active tab.
 */
export function PopupApp() {
  const [site, setSite] = useState<string | null | undefined>(undefined);
  const [mode, setMode] = useState<Mode>('sketch');
  const [button, setButton] = useState(true);
  const ready = useReadiness();

  useEffect(() => {
    void (async () => {
      const fromQuery = new URLSearchParams(location.search).get('site');
      const [tab] = fromQuery ? [] : await browser.tabs.query({ active: true, currentWindow: true });
      const url = await tabUrl(tab);
      const key = fromQuery ?? trySiteOf(url) ?? siteKey(url ?? '') ?? null;
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
    <main class="popup">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={18} height={18} /> CoGenesis
        </h1>
      </header>
      {site === undefined ? <p class="muted">Loading…</p> : null}
      {site === null ? (
        <p class="muted">CoGenesis does not work on this page (browser pages cannot be changed).</p>
      ) : null}
      {site ? (
        <>
          <p class="site" data-testid="site">
            {site}
          </p>
          <ModeSegments mode={mode} onChange={(m) => void change(m)} />
          {mode === 'guard' ? <GuardStatusLine tabId={queryTab()} /> : null}
          {/* Guard sites get no field button: nothing is drafted there. */}
          {mode === 'guard' ? null : (
            <label class="check">
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
          )}
        </>
      ) : null}
      {ready ? (
        <>
          <h2>Ready?</h2>
          <ReadinessList items={ready} href={optionsUrl} />
          <SetupLeft items={ready} url={(path) => browser.runtime.getURL(path)} />
        </>
      ) : null}
      <p class="muted">
        Shortcut: Alt+Shift+G in a text field, or right-click → Draft privately with CoGenesis.
      </p>
      <p>
        <a href={optionsUrl('setup')} target="_blank" rel="noreferrer">
          All settings
        </a>
      </p>
    </main>
  );
}
