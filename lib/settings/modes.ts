/** Per-site modes. Each variant in lib/pipeline registers one of the non-off modes. */
export const MODES = ['sketch', 'logit', 'local-only', 'redacted-cloud', 'off'] as const;
export type Mode = (typeof MODES)[number];
export const DEFAULT_MODE: Mode = 'sketch';

export const MODE_LABELS: Record<Mode, string> = {
  sketch: 'Sketch: cloud outline, local draft',
  logit: 'Logit: both models write together, token by token',
  'local-only': 'Local only: nothing leaves this device',
  'redacted-cloud': 'Redacted cloud: the cloud drafts from the redacted text (no local model needed)',
  off: 'Off: CoGenesis does nothing on this site',
};

/** Modes whose (redacted) instruction leaves the device, so the panel shows it for review first. */
export function sendsToCloud(mode: Mode | undefined): boolean {
  return mode === 'sketch' || mode === 'logit' || mode === 'redacted-cloud';
}

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/** The key a site's mode is stored under: the page's origin host (port included). */
export function siteKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:')
      return undefined;
    return parsed.protocol === 'file:' ? 'file://' : parsed.host;
  } catch {
    return undefined;
  }
}

/**
 * The stored site-modes record also holds the user's mode for sites without their own, under this
 * key (siteKey never returns it), so every reader of the record (content script, router, popup)
 * follows the user's default with no second setting to load.
 */
export const NEW_SITE_KEY = '*';

export function modeFor(siteModes: Record<string, Mode>, site: string | undefined): Mode {
  if (site === undefined) return 'off';
  return siteModes[site] ?? siteModes[NEW_SITE_KEY] ?? DEFAULT_MODE;
}
