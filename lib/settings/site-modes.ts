import { storage } from 'wxt/utils/storage';
import { SITE_MODES_KEY } from './loader-settings';
import { isMode, NEW_SITE_KEY, type Mode } from './modes';

/**
 * Site modes live in storage.local because the content script must know, before touching a page,
 * whether the site is Off. Nothing secret is stored here.
 */
export const siteModesItem = storage.defineItem<Record<string, Mode>>(`local:${SITE_MODES_KEY}`, {
  fallback: {},
  version: 1,
});

export async function setSiteMode(site: string, mode: Mode): Promise<void> {
  if (!isMode(mode)) throw new Error(`unknown mode ${String(mode)}`);
  const modes = await siteModesItem.getValue();
  await siteModesItem.setValue({ ...modes, [site]: mode });
}

/** The mode of sites the user has not set one for. */
export async function setNewSiteMode(mode: Mode): Promise<void> {
  await setSiteMode(NEW_SITE_KEY, mode);
}

/** Forgets a site's own mode, so it follows the mode for new sites again. */
export async function forgetSiteMode(site: string): Promise<void> {
  const modes = Object.entries(await siteModesItem.getValue()).filter(([key]) => key !== site);
  await siteModesItem.setValue(Object.fromEntries(modes));
}
