import type { PanelSession } from '../../lib/messaging/protocol';
import { MAX_TEXT } from '../../lib/messaging/validate';

/** What the content script could not take from the field as it was: hidden text, too much text. */
export function FieldNotices({ session }: { session: PanelSession }) {
  return (
    <>
      {session.hiddenChars ? (
        <p class="notice" role="status" data-testid="hidden-text">
          {session.hiddenChars} characters in the field were hidden on the page and were left out of your
          instruction. If you meant them, make them visible in the field and open CoGenesis again.
        </p>
      ) : null}
      {session.tooLong ? (
        <p class="notice error" role="status" data-testid="too-long">
          The field holds {session.tooLong.toLocaleString('en')} characters, more than the{' '}
          {MAX_TEXT.toLocaleString('en')} an instruction may have. Select the part that is your instruction
          and open CoGenesis again.
        </p>
      ) : null}
    </>
  );
}
