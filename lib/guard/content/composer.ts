import { editableText } from '../../textbox/dom-text';
import { strategyFor } from '../../textbox/strategies';
import type { FieldStrategy } from '../../textbox/types';

export interface Composer {
  field: Element;
  strategy: FieldStrategy;
}

/** The composer an event came from: the deepest target (through open shadow roots) a strategy handles. */
export function composerOf(event: Event): Composer | undefined {
  return composerOn(event.composedPath());
}

/** The first of `path` (innermost first) that a strategy handles, up to the body. */
export function composerOn(path: readonly EventTarget[]): Composer | undefined {
  for (const node of path) {
    if (!(node instanceof Element)) continue;
    const strategy = strategyFor(node);
    if (strategy) return { field: node, strategy };
    if (node === document.body) break;
  }
  return undefined;
}

/**
 * The whole text the site is about to send, whatever the selection (a strategy's `read` gives the
 * selection when there is one). Undefined when it cannot be read: the submission is then held.
 */
export function composerText(field: Element): string | undefined {
  try {
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) return field.value;
    return editableText(field).trim();
  } catch {
    return undefined;
  }
}

/** Is there a composer on the page that Guard can read? (For the popup's "Guard is not active".) */
export function findComposer(): Element | undefined {
  const candidates = document.querySelectorAll('textarea, [contenteditable=""], [contenteditable="true"]');
  for (const element of candidates) if (strategyFor(element)) return element;
  return undefined;
}
