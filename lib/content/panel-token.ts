/**
 * A panel session's token: 192 random bits, URL-safe, made by the content script that opens a panel
 * and the key of that session's record in the background (lib/background/sessions.ts); random so
 * that no page can guess another panel's.
 */
export function newPanelToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
