import type { AssistNote } from '../lib/messaging/protocol';

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** One line on what the local model's privacy pass did; it says plainly when only the rules ran. */
export function ModelAssistNote({ note }: { note: AssistNote | undefined }) {
  if (!note || note.status === 'off') return null;
  const text = {
    running: 'The local model is checking the text for further private details…',
    added: `The local model withheld ${note.added} more ${note.added === 1 ? 'item' : 'items'} (marked "local model"); release any you want to send.`,
    none: 'The local model found nothing more to withhold.',
    timeout: `The local model did not finish its check within ${seconds(note.budgetMs)}: only the rule-based check above was applied. Read the text before sending.`,
    failed:
      'The local model’s check failed: only the rule-based check above was applied. Read the text before sending.',
    unavailable:
      'The local model is not loaded yet, so only the rule-based check above was applied. Read the text before sending.',
  }[note.status];
  const quiet = note.status === 'running' || note.status === 'none' || note.status === 'added';
  return (
    <p class={quiet ? 'muted' : 'notice'} role="status" data-testid="assist-note" data-status={note.status}>
      {text}
    </p>
  );
}
