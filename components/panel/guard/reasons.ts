import type { HoldReason } from '../../../lib/guard/types';

/** The sentence a held message opens with, by why it was held. */
export const HOLD_TEXT: Record<HoldReason, string> = {
  found:
    'CoGenesis held this message: it contains private details. Send it redacted (the placeholders below go to the AI instead), send it as you typed it, or go back and edit it.',
  failed:
    'CoGenesis could not check this message (the check did not run), so it was held. Send it anyway only if you are sure it holds nothing private; otherwise edit it, or reload the page and send again.',
  unreadable:
    'CoGenesis could not read this message box, so the message was held. Check it yourself, then send it anyway or edit it.',
  'too-long':
    'This message is longer than CoGenesis checks (50,000 characters), so it was held. Send a shorter message, or send it anyway if it holds nothing private.',
};
