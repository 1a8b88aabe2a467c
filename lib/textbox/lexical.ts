import { hostWhere } from './contenteditable';
import { richEditorStrategy } from './rich-editor';
import { keyboardUndo, pasteParagraphs } from './writes';

/**
 * Lexical marks its root element; its paste handler takes text/html into its own nodes. "Below"
 * leaves one empty paragraph before the draft: Lexical merges a pasted first paragraph into the one
 * at the caret, so the leading empty paragraph that splits the block elsewhere stays a block here.
 */
export const lexicalStrategy = richEditorStrategy({
  id: 'lexical',
  root: hostWhere((h) => h.dataset.lexicalEditor === 'true'),
  write: pasteParagraphs,
  undo: keyboardUndo,
});
