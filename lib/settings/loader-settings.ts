import { isMode, type Mode } from './modes';

/**
 * The storage.local keys and readers the content script's loader uses without WXT's storage helper
 * (which would double the loader's size). The items are declared in site-modes.ts and field-button.ts.
 */
export const SITE_MODES_KEY = 'siteModes';
export const FIELD_BUTTON_KEY = 'fieldButton';

/** Stored site modes, keeping only valid entries. */
export function parseSiteModes(value: unknown): Record<string, Mode> {
  const out: Record<string, Mode> = {};
  if (typeof value === 'object' && value !== null) {
    for (const [site, mode] of Object.entries(value)) if (isMode(mode)) out[site] = mode;
  }
  return out;
}

/** Whether the field button shows on `site`, from the stored FieldButtonSettings (on by default). */
export function buttonShownOn(value: unknown, site: string): boolean {
  const settings = value as { enabled?: unknown; disabledSites?: unknown } | undefined;
  const disabled = Array.isArray(settings?.disabledSites) && settings.disabledSites.includes(site);
  return settings?.enabled !== false && !disabled;
}
