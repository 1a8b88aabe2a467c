import { storage } from 'wxt/utils/storage';
import { itemOptions, type RecordHistory } from './migrate';
import { isMode, NEW_SITE_KEY, type Mode } from './modes';

/**
 * Site modes live in storage.local (nothing secret) so the background can watch them and push each
 * tab its own answer (lib/background/site-state.ts): a content script learns whether its site is Off
 * from the background, never by reading the per-site map.
 */
/** The item's history (migrate.ts): version 1, a map from site (or NEW_SITE_KEY) to mode, as first shipped. */
export const SITE_MODES_HISTORY: RecordHistory<Record<string, Mode>> = {
  version: 1,
  steps: {},
  // A mode this version does not know (from a newer one) is dropped: the site follows the default.
  read: (stored) => {
    const modes: Record<string, Mode> = {};
    for (const [site, mode] of Object.entries(stored)) if (isMode(mode)) modes[site] = mode;
    return modes;
  },
  fallback: {},
};

export const siteModesItem = storage.defineItem<Record<string, Mode>>(
  'local:siteModes',
  itemOptions(SITE_MODES_HISTORY),
);

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
