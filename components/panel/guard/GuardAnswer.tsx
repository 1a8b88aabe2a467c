import { useEffect, useState } from 'preact/hooks';
import { sentVault } from '../../../lib/guard/answer-vault';
import type { PanelSession } from '../../../lib/messaging/protocol';
import { restore } from '../../../lib/privacy';
import { unfilledPlaceholders } from '../../../lib/panel/unfilled';
import { PanelHeader } from '../PanelHeader';

/**
 * An AI answer with the placeholders CoGenesis sent put back, shown here only: the page is the cloud
 * provider, so nothing restored is ever written into it.
 */
export function GuardAnswer({ session, onClose }: { session: PanelSession; onClose(): void }) {
  const [restored, setRestored] = useState<string>();
  useEffect(() => {
    void sentVault(session.site)
      .catch(() => ({}))
      .then((vault) => setRestored(restore(session.instruction, vault)));
  }, [session]);
  const unfilled = restored === undefined ? [] : unfilledPlaceholders(restored);
  return (
    <main>
      <PanelHeader mode={session.mode} />
      <h2>The AI's answer, on this device</h2>
      {restored === undefined ? (
        <p class="muted">Restoring…</p>
      ) : (
        <p class="draft" data-testid="guard-answer" style={{ whiteSpace: 'pre-wrap' }}>
          {restored}
        </p>
      )}
      {unfilled.length > 0 ? (
        <p class="warn" data-testid="guard-answer-unfilled">
          Not sent by CoGenesis from this tab, so left as they are: {unfilled.join(', ')}.
        </p>
      ) : null}
      <p class="muted">Shown only here: the page never receives these values.</p>
      <footer>
        <button type="button" class="secondary" data-testid="guard-close" onClick={onClose}>
          Close
        </button>
      </footer>
    </main>
  );
}
