import { browser } from 'wxt/browser';

/**
 * The try page (try.html) is the extension's own page with text boxes, so a new user can see the ✦
 * button and the panel without choosing a real site. Its "site", for modes and the panel, is this
 * name: no host can be spelled with a space, so no real site can share its settings.
 */
export const TRY_SITE = 'CoGenesis try page';
export const TRY_PATH = '/try.html';

/** TRY_SITE when `url` is this extension's try page, else undefined. */
export function trySiteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    const ours = new URL(browser.runtime.getURL('/'));
    // Protocol and host, not origin: some URL parsers give every extension URL the origin "null".
    const same = parsed.protocol === ours.protocol && parsed.host === ours.host && parsed.host !== '';
    return same && parsed.pathname === TRY_PATH ? TRY_SITE : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A tab's address. Without the tabs permission Chromium (150 on) leaves `url` out for the extension's
 * own pages in a tab, the try page among them; the extension's list of its contexts still gives it.
 * (A browser without runtime.getContexts has only `url`.)
 */
export async function tabUrl(tab: { id?: number; url?: string } | undefined): Promise<string | undefined> {
  if (tab === undefined || tab.url || tab.id === undefined) return tab?.url;
  if (typeof browser.runtime.getContexts !== 'function') return undefined;
  const contexts = await browser.runtime
    .getContexts({ contextTypes: ['TAB'], tabIds: [tab.id] })
    .catch(() => []);
  return contexts[0]?.documentUrl;
}
