import { storage } from 'wxt/utils/storage';
import { itemOptions, type RecordHistory } from './migrate';

/**
 * The small button on focused fields: on everywhere by default, off globally or per site. In
 * storage.local (nothing secret) so the background can watch it and push each tab its answer
 * (lib/background/site-state.ts); content scripts never read it.
 */
export interface FieldButtonSettings {
  enabled: boolean;
  disabledSites: string[];
}

/** The item's history (migrate.ts): version 1 is the shape above, as first shipped. */
export const FIELD_BUTTON_HISTORY: RecordHistory<FieldButtonSettings> = {
  version: 1,
  steps: {},
  read: (stored) => ({
    enabled: stored.enabled !== false,
    disabledSites: Array.isArray(stored.disabledSites)
      ? stored.disabledSites.filter((site): site is string => typeof site === 'string')
      : [],
  }),
  fallback: { enabled: true, disabledSites: [] },
};

export const fieldButtonItem = storage.defineItem<FieldButtonSettings>(
  'local:fieldButton',
  itemOptions(FIELD_BUTTON_HISTORY),
);

export async function setButtonForSite(site: string, shown: boolean): Promise<void> {
  const current = await fieldButtonItem.getValue();
  const others = current.disabledSites.filter((s) => s !== site);
  await fieldButtonItem.setValue({ ...current, disabledSites: shown ? others : [...others, site] });
}

/** Whether the field button shows on `site` (on by default). */
export function buttonShownOn(settings: FieldButtonSettings | undefined, site: string): boolean {
  const disabled = Array.isArray(settings?.disabledSites) && settings.disabledSites.includes(site);
  return settings?.enabled !== false && !disabled;
}
