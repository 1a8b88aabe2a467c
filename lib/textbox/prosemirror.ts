import { hostWhere } from './contenteditable';
import { richEditorStrategy } from './rich-editor';
import { keyboardUndo, pasteParagraphs } from './writes';

/** ProseMirror and what is built on it (TipTap, Remirror, Atlassian): the view root has the class. */
export const proseMirrorStrategy = richEditorStrategy({
  id: 'prosemirror',
  root: hostWhere((h) => h.classList.contains('ProseMirror')),
  write: pasteParagraphs,
  undo: keyboardUndo,
});
