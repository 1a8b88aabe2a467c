import type { SiteState } from '../../lib/messaging/protocol';

/** The try page: what to do, two text boxes, and what happens to the text. */
export function TryApp({ state }: { state: SiteState | undefined }) {
  return (
    <main class="try">
      <h1>
        <img src="/icon/32.png" alt="" width={22} height={22} /> Try CoGenesis
      </h1>
      {state && !state.on ? (
        <p class="warn" role="status">
          CoGenesis is Off on this page. Choose another mode in the toolbar button’s menu, then reload.
        </p>
      ) : null}
      <ol class="try-steps">
        <li>Click in the box below and write what you want, e.g. a note to your landlord.</li>
        <li>
          Press the <strong>✦</strong> button at the box’s edge, or <kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>G</kbd>.
        </li>
        <li>
          The panel shows exactly what would leave this device, with private details replaced. Send, read the
          draft, edit it, then Insert.
        </li>
      </ol>
      <label class="stack try-field">
        A longer message
        <textarea
          data-testid="try-text"
          rows={8}
          placeholder="Write to my landlord that the heating has been broken since Monday and ask when it will be fixed."
        />
      </label>
      <label class="stack try-field">
        A one-line field
        <input type="text" data-testid="try-line" placeholder="Subject: heating" />
      </label>
      <p class="muted">
        Nothing you type here is kept. What leaves the device is listed in options, under{' '}
        <a href="/options.html#activity" target="_blank" rel="noreferrer">
          Activity
        </a>
        . When you are done, go back to{' '}
        <a href="/options.html#setup" target="_blank" rel="noreferrer">
          Setup
        </a>
        .
      </p>
    </main>
  );
}
