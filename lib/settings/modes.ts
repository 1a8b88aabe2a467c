/** Per-site modes. Each variant in lib/pipeline registers one of the non-off modes. */
export const MODES = ['sketch', 'logit', 'local-only', 'redacted-cloud', 'guard', 'off'] as const;
export type Mode = (typeof MODES)[number];
/** The modes that write a draft (each has a pipeline variant); Guard only checks what the user sends. */
export type DraftMode = Exclude<Mode, 'off' | 'guard'>;
export const DEFAULT_MODE: Mode = 'sketch';

export const MODE_LABELS: Record<Mode, string> = {
  sketch: 'Sketch: cloud outline, local draft',
  logit: 'Logit: both models write together, token by token',
  'local-only': 'Local only: nothing leaves this device',
  'redacted-cloud': 'Redacted cloud: the cloud drafts from the redacted text (no local model needed)',
  guard: 'Guard: check what I send to this AI',
  off: 'Off: CoGenesis does nothing on this site',
};

/** "Sketch: cloud outline, local draft" → its name ("Sketch") and what it does ("cloud outline, local draft"). */
export function modeParts(mode: Mode): { name: string; description: string } {
  const [name = mode, ...rest] = MODE_LABELS[mode].split(': ');
  return { name, description: rest.join(': ') };
}

/**
 * AI chat sites, where people type and paste their lives into a cloud model's prompt box: Guard is
 * their mode unless the user chose one for the site. Subdomains count (www.perplexity.ai).
 */
export const AI_CHAT_SITES = [
  'chatgpt.com',
  'claude.ai',
  'gemini.google.com',
  'copilot.microsoft.com',
  'perplexity.ai',
  'chat.deepseek.com',
  'chat.mistral.ai',
] as const;

export function isAiChatSite(site: string): boolean {
  const host = site.replace(/:\d+$/, '').toLowerCase();
  return AI_CHAT_SITES.some((known) => host === known || host.endsWith(`.${known}`));
}

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

/**
 * The site's own mode, else Guard on AI chat sites (ahead of the mode for new sites: drafting into a
 * cloud model's prompt box would defeat the point), else the mode for new sites.
 */
export function modeFor(siteModes: Record<string, Mode>, site: string | undefined): Mode {
  if (site === undefined) return 'off';
  return siteModes[site] ?? (isAiChatSite(site) ? 'guard' : (siteModes[NEW_SITE_KEY] ?? DEFAULT_MODE));
}
