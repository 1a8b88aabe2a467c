import { select, selectionChange, settle, whenChanged } from './dom-input';
import { contentRange, editableText, endRange, lines, renderedInstruction, textRange } from './dom-text';
import type { FieldStrategy, Placement } from './types';

/** What differs between rich editors; the reading, selecting and verifying is shared. */
export interface EditorSpec {
  readonly id: string;
  /** The editor's editable root for the focused element, or undefined when it is not this editor. */
  root(element: Element): HTMLElement | undefined;
  /** Dispatches the input the editor handles natively, over the current DOM selection. */
  write(root: HTMLElement, draft: string, placement: Placement): void;
  /** Takes back the last write through the editor's own history. */
  undo(root: HTMLElement): void;
  /**
   * How long after `selectionchange` the editor needs to adopt a DOM selection (Slate throttles its
   * sync to 100 ms, Draft.js waits for React's onSelect).
   */
  readonly selectionDelay?: number;
}

/** How long a framework may take to render the change (React batches, Lexical commits later). */
const RENDER_TIMEOUT = 1500;
/** After focus, editors restore their own last selection (ProseMirror after 20 ms, Draft.js on render). */
const FOCUS_DELAY = 60;

/** The text the editor should show afterwards, compared line by line. */
function expectedText(before: string, instruction: string, draft: string, placement: Placement): string {
  const [was, wanted, replaced] = [lines(before), lines(draft), lines(instruction)];
  if (placement === 'below') return was ? `${was}\n${wanted}` : wanted;
  if (replaced && replaced !== was && was.includes(replaced)) return was.replace(replaced, wanted);
  return wanted;
}

function targetRange(root: HTMLElement, instruction: string, placement: Placement): Range {
  if (placement === 'below') return endRange(root);
  const whole = lines(editableText(root));
  if (lines(instruction) === whole) return contentRange(root);
  return textRange(root, instruction) ?? contentRange(root);
}

/**
 * A FieldStrategy for a rich editor: select the target with the Selection API, let the editor take
 * the input through its own handlers (so its model, undo stack and framework state agree), read
 * back, and undo through the editor's history when the result is not what was asked for.
 */
export function richEditorStrategy(spec: EditorSpec): FieldStrategy {
  const rootOf = (element: Element): HTMLElement => {
    const root = spec.root(element);
    if (!root) throw new Error(`${spec.id}: not an editor element`);
    return root;
  };
  return {
    id: spec.id,
    matches: (element) => spec.root(element) !== undefined,
    read(element) {
      return renderedInstruction(rootOf(element)).text;
    },
    readRendered(element) {
      return renderedInstruction(rootOf(element));
    },
    async insert(element, draft, placement, instruction) {
      const root = rootOf(element);
      const before = editableText(root);
      const expected = expectedText(before, instruction, draft, placement);
      select(root, targetRange(root, instruction, placement));
      await settle(FOCUS_DELAY);
      // Select again: focusing may have made the editor put back its previous selection.
      const selected = selectionChange(root.ownerDocument, 300);
      select(root, targetRange(root, instruction, placement));
      await selected;
      await settle(spec.selectionDelay ?? 30);
      spec.write(root, draft, placement);
      const now = () => lines(editableText(root));
      if (await whenChanged(root, () => now() === expected, RENDER_TIMEOUT)) return true;
      // Take back only what this write changed: undoing after a write that did nothing would
      // take back the user's own last edit.
      const was = lines(before);
      if (now() !== was) spec.undo(root);
      await whenChanged(root, () => now() === was, RENDER_TIMEOUT);
      return false;
    },
  };
}
