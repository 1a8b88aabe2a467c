import { hostWhere } from './contenteditable';
import { richEditorStrategy } from './rich-editor';
import { keyboardUndo, pasteParagraphs } from './writes';

/** CKEditor 5: the editable carries ck-editor__editable; its clipboard pipeline takes text/html. */
export const ckEditorStrategy = richEditorStrategy({
  id: 'ckeditor5',
  root: hostWhere((h) => h.classList.contains('ck-editor__editable')),
  write: pasteParagraphs,
  undo: keyboardUndo,
  selectionDelay: 100,
});
