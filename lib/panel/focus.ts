/** The panel's main action per phase, first one present and enabled wins. */
const PRIMARY = ['send', 'insert', 'regenerate', 'cancel'].map(
  (id) => `footer [data-testid="${id}"]:not([disabled])`,
);

/** The element focusPrimary last focused: focus it placed (not the user) may be moved on. */
let placed: Element | undefined;

/**
 * Keeps keyboard focus in the panel: when nothing in it has focus (it opened, or the focused button
 * went away with its phase, as Send does on press), or focus is where this put it, the phase's main
 * action gets it. Focus the user put somewhere themselves (the outbound text, a follow-up) stays.
 */
export function focusPrimary(options: { fromActions?: boolean } = {}, doc: Document = document): void {
  const active = doc.activeElement;
  // fromActions: a new phase; a button of the old phase's row keeps no claim to focus.
  const leftover = active === placed || (options.fromActions === true && active?.closest('footer') !== null);
  if (active && active !== doc.body && active.isConnected && !leftover) return;
  // In PRIMARY's order, not in document order (so not one CSS selector list).
  for (const selector of PRIMARY) {
    const el = doc.querySelector<HTMLElement>(selector);
    if (el) {
      if (el !== active) el.focus();
      placed = el;
      return;
    }
  }
}
