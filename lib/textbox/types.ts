import type { RenderedText } from './dom-text';

/** Where the draft goes: in place of the instruction, or below it. */
export type Placement = 'replace' | 'below';

/**
 * One way of reading from and writing to a kind of field (STYLE 8: one file per editor strategy,
 * registered in lib/textbox/strategies.ts).
 */
export interface FieldStrategy {
  readonly id: string;
  /** True when this strategy handles the element. */
  matches(element: Element): boolean;
  /** The instruction: the selection when there is one, otherwise the whole field. */
  read(element: Element): string;
  /**
   * The same instruction as the page renders it, with the count of characters the page hid in the
   * field (and left out). Strategies whose fields cannot hide text omit it.
   */
  readRendered?(element: Element): RenderedText;
  /**
   * Writes the draft so the page's own code registers it, then reads back. Returns false (with
   * the field unchanged) when the read-back does not verify. Rich editors answer asynchronously:
   * they adopt the DOM selection on `selectionchange` and render after their own input handlers.
   */
  insert(
    element: Element,
    draft: string,
    placement: Placement,
    instruction: string,
  ): boolean | Promise<boolean>;
}
