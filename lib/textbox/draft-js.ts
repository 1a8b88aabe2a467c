import { hostWhere } from './contenteditable';
import { richEditorStrategy } from './rich-editor';
import { keyboardUndo, pasteLines } from './writes';

/**
 * Draft.js: one block per line; pasted text/plain becomes one block per line, blank lines included.
 * It learns the selection from React's onSelect, so it needs a moment after the selection moves.
 */
export const draftJsStrategy = richEditorStrategy({
  id: 'draft-js',
  root: hostWhere((h) => h.classList.contains('public-DraftEditor-content')),
  write: pasteLines,
  undo: keyboardUndo,
  selectionDelay: 120,
});
