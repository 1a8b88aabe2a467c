import { storage } from 'wxt/utils/storage';
import { isMode, NEW_SITE_KEY, type Mode } from './modes';

/**
 * Site modes live in storage.local (nothing secret) so the background can watch them and push each
 * tab its own answer (lib/background/site-state.ts): a content script learns whether its site is Off
 * from the background, never by reading the per-site map.
 */
export const siteModesItem = storage.defineItem<Record<string, Mode>>('local:siteModes', {
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
