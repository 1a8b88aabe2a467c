import type { Placement } from './types';
import { paragraphsHtml, paste, pressUndo } from './dom-input';

/**
 * The ways of handing the draft to an editor. "Below" starts with an empty paragraph, which editors
 * merge into the paragraph at the caret: the effect is a paragraph break after the instruction.
 */

/** Paste with text/html (one `<p>` per paragraph): for editors with a paragraph model. */
export function pasteParagraphs(root: HTMLElement, draft: string, placement: Placement): void {
  const below = placement === 'below';
  paste(root, (below ? '\n\n' : '') + draft, (below ? '<p></p>' : '') + paragraphsHtml(draft));
}

/**
 * The same without the leading break, for editors that start a new block themselves when blocks are
 * pasted at the end of one (TinyMCE, which also reads text/plain, so neither part may carry it).
 */
export function pasteBlocks(root: HTMLElement, draft: string): void {
  paste(root, draft, paragraphsHtml(draft));
}

/** Paste with text/plain only: for line-model editors that turn each line into a block. */
export function pasteLines(root: HTMLElement, draft: string, placement: Placement): void {
  paste(root, (placement === 'below' ? '\n\n' : '') + draft);
}

/** The browser's own editing command: for contenteditable without an editor model. */
export function execInsertText(root: HTMLElement, draft: string, placement: Placement): void {
  // Deprecated, but the only way to edit a plain contenteditable with the browser's undo stack.
  root.ownerDocument.execCommand('insertText', false, (placement === 'below' ? '\n\n' : '') + draft);
}

export function execUndo(root: HTMLElement): void {
  root.ownerDocument.execCommand('undo');
}

export { pressUndo as keyboardUndo };
