/** The panel's main action per phase, first one present and enabled wins. */
const PRIMARY = ['send', 'insert', 'regenerate', 'cancel']
  .map((id) => `footer [data-testid="${id}"]:not([disabled])`)
  .join(', ');

/**
 * Keeps keyboard focus in the panel: when nothing in it has focus (it opened, or the focused button
 * went away with its phase, as Send does on press), the phase's main action gets it. Focus the user
 * put somewhere themselves (the outbound text, a follow-up) is left alone.
 */
export function focusPrimary(options: { fromActions?: boolean } = {}, doc: Document = document): void {
  const active = doc.activeElement;
  // fromActions: a new phase; a button of the old phase's row keeps no claim to focus.
  const leftover = options.fromActions === true && active?.closest('footer') !== null;
  if (active && active !== doc.body && active.isConnected && !leftover) return;
  // Not a CSS :is() list: the first in PRIMARY's order, not in document order.
  for (const selector of PRIMARY.split(', ')) {
    const el = doc.querySelector<HTMLElement>(selector);
    if (el) {
      el.focus();
      return;
    }
  }
}
