import { useEffect, useState } from 'preact/hooks';
import type { BackgroundProtocol, ConfirmRequest } from '../../lib/messaging/protocol';
import { callBackground } from '../../lib/messaging/rpc';

const TITLE = { send: 'Send this to the cloud?', insert: 'Insert this draft into the page?' } as const;
const YES = { send: 'Send', insert: 'Insert' } as const;

/**
 * The confirming step on a surface the page cannot touch (lib/background/confirm-window.ts): the
 * exact text, and the choice. Closing the window is a No.
 */
export function ConfirmApp({ id }: { id: string }) {
  const [request, setRequest] = useState<ConfirmRequest | null>();
  useEffect(() => {
    callBackground<BackgroundProtocol, 'confirm:get'>('confirm:get', { id }).then(setRequest, () =>
      setRequest(null),
    );
  }, [id]);

  const answer = (ok: boolean) =>
    void callBackground<BackgroundProtocol, 'confirm:answer'>('confirm:answer', { id, ok })
      .catch(() => undefined)
      .finally(() => window.close());

  if (request === undefined) return <main class="muted">Loading…</main>;
  if (request === null)
    return (
      <main>
        <p class="error">This request has expired. Go back to the CoGenesis panel and try again.</p>
      </main>
    );
  return (
    <main>
      <h1>{TITLE[request.action]}</h1>
      <p class="muted">
        This browser cannot verify that {request.site} shows the CoGenesis panel as it is, so CoGenesis asks
        here, where the page cannot reach.
      </p>
      <textarea readOnly rows={10} data-testid="confirm-text" value={request.text} />
      <footer>
        <button type="button" data-testid="confirm-yes" onClick={() => answer(true)}>
          {YES[request.action]}
        </button>
        <button type="button" class="secondary" data-testid="confirm-no" onClick={() => answer(false)}>
          Cancel
        </button>
      </footer>
    </main>
  );
}
