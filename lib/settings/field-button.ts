import { storage } from 'wxt/utils/storage';
import { FIELD_BUTTON_KEY } from './loader-settings';

export { buttonShownOn } from './loader-settings';

/** The small button on focused fields: on everywhere by default, off globally or per site. */
export interface FieldButtonSettings {
  enabled: boolean;
  disabledSites: string[];
}

export const fieldButtonItem = storage.defineItem<FieldButtonSettings>(`local:${FIELD_BUTTON_KEY}`, {
  fallback: { enabled: true, disabledSites: [] },
  version: 1,
});

export async function setButtonForSite(site: string, shown: boolean): Promise<void> {
  const current = await fieldButtonItem.getValue();
  const others = current.disabledSites.filter((s) => s !== site);
  await fieldButtonItem.setValue({ ...current, disabledSites: shown ? others : [...others, site] });
}
