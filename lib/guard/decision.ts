import type { GuardVerdict, HoldReason } from './types';

/** What the content script does with a submission it intercepted. */
export type SubmitDecision =
  /** Let the site's own event through untouched. */
  | { kind: 'pass' }
  /** Stop the event and open the panel. */
  | { kind: 'hold'; reason: HoldReason }
  /** Stop the event, wait for the check of this text, then decide again. */
  | { kind: 'wait' };

/** The composer's text as the content script read it (undefined: it could not be read). */
export interface SubmitInput {
  text: string | undefined;
  /** The verdict for exactly `text`, when one is known. */
  verdict: GuardVerdict | undefined;
  /** The longest text the check takes. */
  limit: number;
}

/**
 * The one place that decides a submission's fate. Fail closed: anything but a clean verdict for the
 * exact text being sent holds it (or waits for the check); only an empty composer passes unchecked,
 * since the site sends nothing then.
 */
export function decideSubmit({ text, verdict, limit }: SubmitInput): SubmitDecision {
  if (text === undefined) return { kind: 'hold', reason: 'unreadable' };
  if (text.trim() === '') return { kind: 'pass' };
  if (text.length > limit) return { kind: 'hold', reason: 'too-long' };
  if (verdict === 'clean') return { kind: 'pass' };
  if (verdict === 'held') return { kind: 'hold', reason: 'found' };
  if (verdict === 'failed') return { kind: 'hold', reason: 'failed' };
  return { kind: 'wait' };
}

/**
 * Is this keydown a "send" in a chat composer? Enter, or Ctrl/Cmd+Enter (which sends on some sites);
 * Shift+Enter and Alt+Enter make a new line, and Enter while an IME composes picks a candidate.
 */
export function isSendKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'isComposing'>,
): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.isComposing;
}

/** Words that name a send button (aria-label, data-testid, title or its short text). */
const SEND_WORDS = /\b(send|submit|ask|senden|envoyer|enviar|invia)\b|send-button|submit-button/i;

/** What a button says about itself, as the content script reads it from the DOM. */
export interface ButtonNames {
  type?: string | null;
  /** aria-label, or the text of the elements aria-labelledby points to. */
  label?: string | null;
  testId?: string | null;
  title?: string | null;
  text?: string | null;
}

/** Does this button look like the site's send button? */
export function looksLikeSend(attributes: ButtonNames): boolean {
  if (attributes.type === 'submit') return true;
  const text = (attributes.text ?? '').trim();
  const named = [attributes.label, attributes.testId, attributes.title, text.length <= 20 ? text : ''];
  return named.some((name) => typeof name === 'string' && SEND_WORDS.test(name));
}

/**
 * Does nothing name this button: no label, test id or title, and no letter or digit in its text (an
 * icon, an arrow)? Such a button may be a site's send button all the same (icon-only sends without an
 * accessible name exist); the content script treats it as one only when it is the last button beside
 * the composer (composer.ts), where chat sites put their send button.
 */
export function isUnnamed(attributes: ButtonNames): boolean {
  const names = [attributes.label, attributes.testId, attributes.title];
  return names.every((name) => !name?.trim()) && !/[\p{L}\p{N}]/u.test(attributes.text ?? '');
}
