import { browser, type Browser } from 'wxt/browser';
import type { ContentProtocol, SiteState } from '../messaging/protocol';
import { callTab } from '../messaging/rpc';
import { buttonShownOn, fieldButtonItem } from '../settings/field-button';
import { modeFor, siteKey } from '../settings/modes';
import { siteModesItem } from '../settings/site-modes';
import { tabUrl, trySiteOf } from '../options/try-page';

/**
 * Content scripts learn only their own site's answer (on or Off, button or not), never the per-site
 * map. The site is the top-level page's, taken from the browser's own record of the sender's tab,
 * so a third-party frame on an Off site is Off too, and no frame can claim another site.
 */
export function senderSite(sender: Browser.runtime.MessageSender): string | undefined {
  const url = sender.tab?.url ?? sender.url ?? '';
  return trySiteOf(url) ?? siteKey(url);
}

export async function siteState(site: string | undefined): Promise<SiteState> {
  if (site === undefined) return { on: false, button: false };
  const [modes, button] = await Promise.all([siteModesItem.getValue(), fieldButtonItem.getValue()]);
  const mode = modeFor(modes, site);
  const on = mode !== 'off';
  // Guard sites get no field button: CoGenesis checks what is sent there and drafts nothing.
  if (mode === 'guard') return { on, button: false, guard: true };
  return { on, button: on && buttonShownOn(button, site) };
}

/** Tells every open tab its new answer when the settings change (content scripts cannot read them). */
export function pushSiteStates(): () => void {
  const push = async () => {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return;
        const state = await siteState(siteKey((await tabUrl(tab)) ?? ''));
        await callTab<ContentProtocol, 'content:site-changed'>(
          tab.id,
          undefined,
          'content:site-changed',
          state,
        ).catch(
          () => undefined, // A tab without our content script (browser pages, not yet loaded).
        );
      }),
    );
  };
  const unwatch = [siteModesItem.watch(() => void push()), fieldButtonItem.watch(() => void push())];
  return () => unwatch.forEach((stop) => stop());
}
