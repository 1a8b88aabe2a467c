import type { PanelSession } from '../../lib/messaging/protocol';

/** What the content script could not take from the field as it was: hidden text. (Too much text: PanelApp.) */
export function FieldNotices({ session }: { session: PanelSession }) {
  return (
    <>
      {session.hiddenChars ? (
        <p class="notice" role="status" data-testid="hidden-text">
          {session.hiddenChars} characters in the field were hidden on the page and were left out of your
          instruction. If you meant them, make them visible in the field and open CoGenesis again.
        </p>
      ) : null}
    </>
  );
}
