import { ckEditorStrategy } from './ckeditor';
import { contentEditableStrategy } from './contenteditable';
import { draftJsStrategy } from './draft-js';
import { iframeEditorStrategy } from './iframe-editor';
import { lexicalStrategy } from './lexical';
import { plainFieldStrategy } from './plain-field';
import { proseMirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import { slateStrategy } from './slate';
import type { FieldStrategy } from './types';

/** Every editor strategy, most specific first (STYLE 8); the generic contenteditable one comes last. */
export const STRATEGIES: readonly FieldStrategy[] = [
  plainFieldStrategy,
  proseMirrorStrategy,
  lexicalStrategy,
  quillStrategy,
  draftJsStrategy,
  slateStrategy,
  ckEditorStrategy,
  iframeEditorStrategy,
  contentEditableStrategy,
];

export function strategyFor(element: Element | null): FieldStrategy | undefined {
  if (!element) return undefined;
  return STRATEGIES.find((strategy) => strategy.matches(element));
}
