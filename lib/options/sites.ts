import { NEW_SITE_KEY, type Mode } from '../settings/modes';

export interface SiteRow {
  site: string;
  /** The site's own mode; undefined when it follows the mode for new sites. */
  mode: Mode | undefined;
  buttonShown: boolean;
}

/** Every site with a setting of its own (a mode, or the field button turned off), sorted by name. */
export function siteRows(modes: Record<string, Mode>, buttonOffOn: readonly string[]): SiteRow[] {
  const sites = new Set([...Object.keys(modes), ...buttonOffOn]);
  sites.delete(NEW_SITE_KEY);
  return [...sites]
    .sort((a, b) => a.localeCompare(b))
    .map((site) => ({ site, mode: modes[site], buttonShown: !buttonOffOn.includes(site) }));
}
