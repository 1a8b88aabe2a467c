import type { SerializedError } from '../../lib/errors';
import type { Placement } from '../../lib/messaging/protocol';
import type { Phase } from '../../lib/panel/state';

const INSERTS: { placement: Placement; label: string; testid: string; primary: boolean }[] = [
  { placement: 'replace', label: 'Insert', testid: 'insert', primary: true },
  { placement: 'below', label: 'Insert below', testid: 'insert-below', primary: false },
];

/**
 * The panel's buttons for its phase. Send and Insert come in already armed by the caller (they act only
 * on a panel verified visible and still); `ready` only greys them while the panel is not.
 */
export function PanelActions(props: {
  phase: Phase;
  error: SerializedError | undefined;
  localOnly: boolean;
  /** False when there is nothing to send at all (an empty field): no Send button, not a grey one. */
  sendable: boolean;
  canSend: boolean;
  canInsert: boolean;
  ready: boolean;
  onSend: () => void;
  onInsert: (placement: Placement) => void;
  onCopy: () => void;
  onDownload: () => void;
  onRegenerate: () => void;
  onBack: () => void;
  onClose: () => void;
}) {
  const { phase } = props;
  return (
    <footer>
      {phase === 'review' && props.sendable ? (
        <button
          type="button"
          data-testid="send"
          disabled={!props.canSend || !props.ready}
          onClick={props.onSend}
        >
          {props.localOnly ? 'Write draft' : 'Send'}
        </button>
      ) : null}
      {phase === 'done' ? (
        <>
          {INSERTS.map(({ placement, label, testid, primary }) => (
            <button
              key={testid}
              type="button"
              class={primary ? undefined : 'secondary'}
              data-testid={testid}
              disabled={!props.canInsert || !props.ready}
              onClick={() => props.onInsert(placement)}
            >
              {label}
            </button>
          ))}
          <button
            type="button"
            class="secondary"
            data-testid="copy"
            disabled={!props.canInsert}
            onClick={props.onCopy}
          >
            Copy
          </button>
        </>
      ) : null}
      {phase === 'error' && props.error?.code === 'model-not-downloaded' ? (
        <button type="button" data-testid="download-model" onClick={props.onDownload}>
          Download and continue
        </button>
      ) : null}
      {phase === 'done' || phase === 'error' ? (
        <button type="button" class="secondary" data-testid="regenerate" onClick={props.onRegenerate}>
          {phase === 'error' ? 'Try again' : 'Regenerate'}
        </button>
      ) : null}
      {phase === 'error' ? (
        <button type="button" class="secondary" data-testid="back" onClick={props.onBack}>
          Back to review
        </button>
      ) : null}
      <button type="button" class="secondary" data-testid="cancel" onClick={props.onClose}>
        {phase === 'running' ? 'Cancel' : 'Close'}
      </button>
    </footer>
  );
}
