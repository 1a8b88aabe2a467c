import { richEditorStrategy } from './rich-editor';
import { execInsertText, execUndo, keyboardUndo, pasteBlocks } from './writes';

/** The editable body of a same-origin iframe (TinyMCE, old designMode editors); undefined otherwise. */
function frameBody(element: Element): HTMLElement | undefined {
  if (!(element instanceof HTMLIFrameElement)) return undefined;
  let doc: Document | null = null;
  try {
    doc = element.contentDocument;
  } catch {
    return undefined; // Cross-origin: the frame's own content script, if any, handles it.
  }
  const body = doc?.body;
  if (!doc || !body) return undefined;
  return body.isContentEditable || doc.designMode === 'on' ? body : undefined;
}

/** TinyMCE keeps a model of its own and a paste handler; a bare designMode frame has neither. */
const isTinyMce = (body: HTMLElement) => body.classList.contains('mce-content-body');

/** The focused element is the iframe itself; the editor lives in its document. */
export const iframeEditorStrategy = richEditorStrategy({
  id: 'iframe-editor',
  root: frameBody,
  write: (body, draft, placement) =>
    isTinyMce(body) ? pasteBlocks(body, draft) : execInsertText(body, draft, placement),
  undo: (body) => (isTinyMce(body) ? keyboardUndo(body) : execUndo(body)),
});
