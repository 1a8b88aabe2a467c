/**
 * Guard mode's contract between the content script (untrusted, like the page), the background and
 * the engine host. The content script sends the prompt text, which the page already has, and gets
 * back only a verdict: never a context value, never what matched.
 */
export type GuardVerdict = 'clean' | 'held' | 'failed';

/** Why a submission was held, for the panel's sentence. */
export type HoldReason =
  /** The privacy stage found private details. */
  | 'found'
  /** The check could not run (an error, the engine host gone, no answer in time). */
  | 'failed'
  /** The composer's text could not be read. */
  | 'unreadable'
  /** Longer than the check takes. */
  | 'too-long';

/** What the user chose for a held submission. */
export type GuardDecision = 'redacted' | 'typed' | 'edit';

/** What a Guard panel shows: a held submission, or an AI answer to read with placeholders restored. */
export type GuardView = { kind: 'held'; reason: HoldReason } | { kind: 'answer' };

export function isHoldReason(value: unknown): value is HoldReason {
  return value === 'found' || value === 'failed' || value === 'unreadable' || value === 'too-long';
}
