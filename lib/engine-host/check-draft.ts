import { LOCAL_PROMPT_TEXTS } from '../pipeline/prompts';
import { checkDraftSafely, type DraftCheck } from '../privacy/draft-check';
import type { PreparedContext } from '../privacy/types';

const PROMPTS = LOCAL_PROMPT_TEXTS.map((text) => ({ source: "the local model's instructions", text }));

/**
 * The draft check as the engine host runs it (the context never goes to the content script): context
 * values the instruction did not ask for, and copies of the samples or of our own prompt.
 */
export function draftCheckFor(draft: string, instruction: string, prepared: PreparedContext): DraftCheck {
  return checkDraftSafely(draft, instruction, prepared, PROMPTS);
}
