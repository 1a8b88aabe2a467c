import type { FieldStrategy, Placement } from './types';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', '']);

type PlainField = HTMLTextAreaElement | HTMLInputElement;

function isPlainField(element: Element): element is PlainField {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(element.type) && !element.readOnly && !element.disabled;
  }
  return false;
}

function selectedText(field: PlainField): string {
  const { selectionStart, selectionEnd, value } = field;
  if (selectionStart === null || selectionEnd === null || selectionStart === selectionEnd) return '';
  return value.slice(selectionStart, selectionEnd);
}

/** Where the draft goes: over the instruction (selection or whole field), or after it. */
function targetRange(field: PlainField, instruction: string, placement: Placement): [number, number] {
  const { value } = field;
  if (placement === 'below') return [value.length, value.length];
  const at = value.indexOf(instruction);
  if (instruction && at !== -1 && instruction !== value) return [at, at + instruction.length];
  return [0, value.length];
}

/**
 * Native editing first (execCommand keeps the browser's undo stack and fires real input events, so
 * React and other frameworks see a user edit); the value setter plus an input event otherwise.
 */
function write(field: PlainField, start: number, end: number, text: string): void {
  field.focus();
  field.setSelectionRange(start, end);
  const before = field.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  // execCommand is deprecated but still the only way to edit with undo in both engines.
  if (document.execCommand('insertText', false, text) && field.value === expected) return;
  field.value = expected;
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }),
  );
}

export const plainFieldStrategy: FieldStrategy = {
  id: 'plain-field',
  matches: isPlainField,
  read(element) {
    const field = element as PlainField;
    return selectedText(field) || field.value;
  },
  insert(element, draft, placement, instruction) {
    const field = element as PlainField;
    const original = field.value;
    // Single-line inputs cannot hold paragraph breaks; keep the words.
    const text = field instanceof HTMLInputElement ? draft.replace(/\s*\n+\s*/g, ' ') : draft;
    const separator =
      placement === 'below' && original !== '' ? (field instanceof HTMLInputElement ? ' ' : '\n\n') : '';
    const [start, end] = targetRange(field, instruction, placement);
    const expected = original.slice(0, start) + separator + text + original.slice(end);
    write(field, start, end, separator + text);
    if (field.value === expected) return true;
    field.value = original;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    return false;
  },
};
