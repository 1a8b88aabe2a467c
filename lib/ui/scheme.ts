/**
 * Sets the light or dark scheme of one of our pages: the one asked for in the URL (the panel matches
 * the page it sits on), else the system's. The CSS has one dark palette, keyed on this attribute.
 */
export function applyScheme(): void {
  const asked = /scheme=(light|dark)/.exec(location.hash)?.[1];
  const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.scheme = asked ?? system;
}
