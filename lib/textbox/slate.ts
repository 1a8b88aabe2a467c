import { hostWhere } from './contenteditable';
import { richEditorStrategy } from './rich-editor';
import { keyboardUndo, pasteLines } from './writes';

/**
 * Slate (slate-react): in Chromium its onPaste only takes a text/plain-only paste itself (it leaves
 * the rest to native beforeinput), splitting lines into blocks. It throttles selection sync to 100 ms.
 */
export const slateStrategy = richEditorStrategy({
  id: 'slate',
  root: hostWhere((h) => h.dataset.slateEditor === 'true'),
  write: pasteLines,
  undo: keyboardUndo,
  selectionDelay: 200,
});
