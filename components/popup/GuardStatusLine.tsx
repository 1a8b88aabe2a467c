import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentProtocol, GuardStatus } from '../../lib/messaging/protocol';
import { callTab } from '../../lib/messaging/rpc';

/**
 * On a Guard site: whether Guard found a message box it can read on the active tab. When it did not
 * (the site changed its composer, or the page is still loading), messages there are not checked.
 */
export function GuardStatusLine({ tabId }: { tabId?: number }) {
  const [status, setStatus] = useState<GuardStatus>('unknown');
  useEffect(() => {
    void (async () => {
      const [tab] =
        tabId === undefined ? await browser.tabs.query({ active: true, currentWindow: true }) : [];
      const id = tabId ?? tab?.id;
      if (id === undefined) return;
      const answer = await callTab<ContentProtocol, 'content:guard-status'>(
        id,
        0,
        'content:guard-status',
        {},
      ).catch((): GuardStatus => 'inactive');
      setStatus(answer);
    })();
  }, []);
  if (status === 'active')
    return (
      <p class="ok" data-testid="guard-status">
        Guard is checking what you send on this page.
      </p>
    );
  if (status === 'inactive')
    return (
      <p class="warn" data-testid="guard-status">
        Guard is not active on this page: CoGenesis found no message box it can read here, so what you send is
        not checked. Reload the page; if this stays, the site has changed and Guard cannot protect it yet.
      </p>
    );
  return null;
}
