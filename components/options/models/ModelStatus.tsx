import { useState } from 'preact/hooks';
import { deserializeError } from '../../../lib/errors';
import type { ModelState } from '../../../lib/options/model-manager';

export function mb(value: number): string {
  return value >= 1024 ? `${(value / 1024).toFixed(1)} GB` : `${Math.round(value)} MB`;
}

export interface ModelStatusProps {
  label: string;
  /** 0 when unknown (a GGUF address the user named): the consent then says so. */
  downloadMB: number;
  /** Where the file comes from, in the consent sentence. */
  host: string;
  state: ModelState;
  confirming: boolean;
  onAsk(): void;
  onConfirm(): void;
  onCancel(): void;
  onDelete(): void;
  /** Why this model cannot run here (no Download is offered), when known. */
  unavailable?: string;
}

/** The consent handlers ModelStatus needs for one model: which model's question is open, one at a time. */
export type ConsentProps = Pick<ModelStatusProps, 'confirming' | 'onAsk' | 'onConfirm' | 'onCancel'>;

/** One download question open at a time across a list of models; `download` runs after the yes. */
export function useDownloadConsent(): (id: string, download: () => void) => ConsentProps {
  const [confirming, setConfirming] = useState<string>();
  return (id, download) => ({
    confirming: confirming === id,
    onAsk: () => setConfirming(id),
    onConfirm: () => {
      setConfirming(undefined);
      download();
    },
    onCancel: () => setConfirming(undefined),
  });
}

/** Download (after consent, size first), progress, downloaded + delete, or the last error. */
export function ModelStatus(props: ModelStatusProps) {
  const { label, downloadMB, host, state, confirming } = props;
  if (state.busy === 'downloading') {
    const percent = Math.round((state.progress?.fraction ?? 0) * 100);
    return (
      <span data-testid="model-progress">
        <progress max={100} value={percent} aria-label={`Downloading ${label}`} /> {percent}%
      </span>
    );
  }
  // A stopped speed test is the user's own doing, not an error (SpeedLine says it stopped).
  const error =
    state.error && deserializeError(state.error).code !== 'cancelled' ? (
      <span class="error" role="alert">
        {deserializeError(state.error).userText}{' '}
      </span>
    ) : null;
  if (state.cached) {
    return (
      <span data-testid="model-downloaded">
        {error}
        Downloaded{' '}
        <button type="button" class="link" onClick={props.onDelete}>
          delete
        </button>
      </span>
    );
  }
  if (props.unavailable) {
    return (
      <span class="muted" data-testid="model-unavailable">
        {error}
        {props.unavailable}
      </span>
    );
  }
  if (confirming) {
    const size =
      downloadMB > 0
        ? `Download about ${mb(downloadMB)} from ${host}?`
        : `Download this file from ${host}? Its size is not known before the download.`;
    return (
      <span data-testid="model-consent">
        {size}{' '}
        <button type="button" onClick={props.onConfirm}>
          Download
        </button>{' '}
        <button type="button" class="secondary" onClick={props.onCancel}>
          No
        </button>
      </span>
    );
  }
  return (
    <span>
      {error}
      {state.cached === false ? 'Not downloaded ' : ''}
      <button type="button" class="secondary" onClick={props.onAsk}>
        Download…
      </button>
    </span>
  );
}
