import { hostWhere } from './contenteditable';
import { richEditorStrategy } from './rich-editor';
import { keyboardUndo, pasteLines } from './writes';

/**
 * Quill's model is lines, a blank line an empty one; its clipboard turns pasted text/plain into
 * exactly those lines, where pasted `<p>`s would lose the blank lines between paragraphs.
 */
export const quillStrategy = richEditorStrategy({
  id: 'quill',
  root: hostWhere((h) => h.classList.contains('ql-editor')),
  write: pasteLines,
  undo: keyboardUndo,
});
