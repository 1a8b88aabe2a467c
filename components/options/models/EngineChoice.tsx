import type { GpuReport } from '../../../lib/engines/webgpu';
import { CPU_OFFER_TEXT, cpuOffer } from '../../../lib/options/engine-offer';
import type { LocalEngineKind } from '../../../lib/settings/endpoints';

const ENGINES: readonly { kind: LocalEngineKind; title: string; note: string }[] = [
  {
    kind: 'webllm',
    title: 'In the browser, on the graphics card (WebGPU)',
    note: 'fastest where WebGPU works; models of 0.5 to 4 GB',
  },
  {
    kind: 'wllama',
    title: 'In the browser, on the CPU',
    note: 'works without WebGPU; small models, a few words a second',
  },
  {
    kind: 'server',
    title: 'A model server on this computer',
    note: 'Ollama, llama.cpp or LM Studio; its address is in Setup',
  },
];

/**
 * Who writes drafts on this device. The capability check may suggest the CPU engine (no or weak
 * WebGPU); it never picks it for the user, and a working WebGPU keeps the GPU suggestion.
 */
export function EngineChoice({
  engine,
  report,
  onChoose,
}: {
  engine: LocalEngineKind | undefined;
  report: GpuReport | undefined;
  onChoose(kind: LocalEngineKind): void;
}) {
  const offer = cpuOffer(report);
  return (
    <fieldset class="engine-choice">
      <legend>Who writes your drafts on this device</legend>
      {ENGINES.map(({ kind, title, note }) => (
        <label key={kind} class="engine-option">
          <input
            type="radio"
            name="localEngine"
            value={kind}
            checked={engine === kind}
            data-testid={`engine-${kind}`}
            onChange={() => onChoose(kind)}
          />{' '}
          <span>
            <strong>{title}</strong>
            {kind === 'wllama' && offer ? <span class="badge">suggested here</span> : null}
            {kind === 'webllm' && report && !report.available ? (
              <span class="muted"> (not available in this browser)</span>
            ) : null}
            <br />
            <span class="muted">{note}</span>
          </span>
        </label>
      ))}
      {offer ? (
        <p data-testid="cpu-offer" data-offer={offer}>
          {CPU_OFFER_TEXT[offer]}
          {engine !== 'wllama'
            ? ' Choose “In the browser, on the CPU” above, then download a CPU model below.'
            : ''}
        </p>
      ) : null}
    </fieldset>
  );
}
