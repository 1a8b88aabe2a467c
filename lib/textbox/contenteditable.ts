import { richEditorStrategy } from './rich-editor';
import { execInsertText, execUndo } from './writes';

/** The editing host (outermost editable ancestor) of an element inside a contenteditable. */
export function editingHost(element: Element): HTMLElement | undefined {
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return undefined;
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The editing host of `element` when it passes `test`: how each rich editor recognises its root. */
export function hostWhere(
  test: (host: HTMLElement) => boolean,
): (element: Element) => HTMLElement | undefined {
  return (element) => {
    const host = editingHost(element);
    return host && test(host) ? host : undefined;
  };
}

/**
 * A contenteditable with no editor model of its own (Gmail-style compose): the DOM is the model, so
 * the browser's editing commands are the native input, with the browser's undo stack.
 */
export const contentEditableStrategy = richEditorStrategy({
  id: 'contenteditable',
  root: editingHost,
  write: execInsertText,
  undo: execUndo,
});
