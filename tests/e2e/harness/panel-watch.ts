/**
 * Counts every panel a page ever shows, so a test can say "never held", not only "closed again".
 * Both functions run in the page (pass them to Playwright's or puppeteer's `page.evaluate`), so they
 * must not use anything from this module's scope.
 */
export function watchPanels(): void {
  const seen = { panels: 0 };
  Object.assign(window, { guardSeen: seen });
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && node.getAttribute('data-cogenesis') === 'panel') seen.panels++;
  }).observe(document.documentElement, { childList: true });
}

/** How many panels the page showed since watchPanels ran. */
export function panelsShown(): number {
  return (window as unknown as { guardSeen: { panels: number } }).guardSeen.panels;
}
