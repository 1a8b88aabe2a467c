import { editingHost } from './contenteditable';
import { richEditorStrategy } from './rich-editor';
import { keyboardUndo, pasteParagraphs } from './writes';

/** ProseMirror and what is built on it (TipTap, Remirror, Atlassian): the view root has the class. */
export const proseMirrorStrategy = richEditorStrategy({
  id: 'prosemirror',
  root: (element) => {
    const root = editingHost(element);
    return root?.classList.contains('ProseMirror') ? root : undefined;
  },
  write: pasteParagraphs,
  undo: keyboardUndo,
});
