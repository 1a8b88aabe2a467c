import { useEffect, useState } from 'preact/hooks';
import { toAppError } from '../../lib/errors';
import { clearTraces, exportTraces, traceStats } from '../../lib/fusion/trace-store';
import { loadEndpoints, updateEndpoints } from '../../lib/settings/endpoints';
import { downloadText } from '../../lib/ui/download';

/** Opt-in traces of inserted logit-mode drafts, for `npm run fusion:train`. They never leave unasked. */
export function FusionTraces() {
  const [on, setOn] = useState<boolean>();
  const [stats, setStats] = useState<{ drafts: number; steps: number }>();
  const [error, setError] = useState<string>();
  const refresh = () => traceStats().then(setStats, (e: unknown) => setError(toAppError(e).userText));
  useEffect(() => {
    void loadEndpoints().then((s) => setOn(s.recordFusionTraces === true));
    void refresh();
  }, []);
  if (on === undefined) return null;

  const toggle = async (next: boolean) => {
    setOn(next);
    await updateEndpoints({ recordFusionTraces: next });
  };
  const download = async () =>
    downloadText('cogenesis-fusion-traces.jsonl', await exportTraces(), 'application/x-ndjson');

  return (
    <section aria-label="Logit mode training traces">
      <h2>Logit mode: training traces</h2>
      <label>
        <input
          type="checkbox"
          checked={on}
          data-testid="record-traces"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        Keep, on this device, both models' candidates for each logit-mode draft I insert, to train the fusion
        model (<code>npm run fusion:train</code>). They contain private text; nothing is sent anywhere.
      </label>
      <p data-testid="trace-stats">
        {stats ? `${stats.drafts} drafts, ${stats.steps} steps recorded.` : 'Counting…'}{' '}
        <button type="button" class="secondary" onClick={() => void download()}>
          Export (JSON Lines)
        </button>{' '}
        <button type="button" class="secondary" onClick={() => void clearTraces().then(refresh)}>
          Clear
        </button>
      </p>
      {error ? <p class="error">{error}</p> : null}
    </section>
  );
}
