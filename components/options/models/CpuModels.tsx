import { useState } from 'preact/hooks';
import { GGUF_CATALOG, type GgufModel } from '../../../models/gguf-catalog';
import type { ModelState } from '../../../lib/options/model-manager';
import { mb, ModelStatus, useDownloadConsent } from './ModelStatus';
import { SpeedLine } from './SpeedLine';

export interface CpuModelsProps {
  /** The CPU model in the settings (resolved: a catalog entry or a GGUF address). */
  chosen: GgufModel | undefined;
  /** The CPU engine is the one that writes now. */
  active: boolean;
  models: Record<string, ModelState>;
  onChoose(choice: string): void;
  onDownload(model: GgufModel): void;
  onDelete(model: GgufModel): void;
  onMeasure(model: GgufModel): void;
  onStopMeasure(model: GgufModel): void;
}

function hostOf(model: GgufModel): string {
  try {
    return new URL(model.url).host;
  } catch {
    return 'the model host';
  }
}

/**
 * The CPU engine's models (llama.cpp in WebAssembly): the catalog's small GGUF models and, if the user
 * named one, a GGUF file at an address. Same consent, progress, cache and delete as the GPU models,
 * plus the speed measured on this device.
 */
export function CpuModels(props: CpuModelsProps) {
  const consent = useDownloadConsent();
  const [address, setAddress] = useState('');
  const custom = props.chosen && !GGUF_CATALOG.some((m) => m.id === props.chosen?.id) ? [props.chosen] : [];
  return (
    <div data-testid="cpu-models">
      <h3>CPU models</h3>
      <p class="muted">
        llama.cpp in WebAssembly: works in any browser, no graphics card needed, but writes more slowly than a
        GPU. Each model's speed is measured on this device after it is downloaded.
      </p>
      <ul class="entries">
        {[...GGUF_CATALOG, ...custom].map((model) => {
          const state = props.models[model.id] ?? {};
          const inUse = props.active && props.chosen?.id === model.id;
          return (
            <li key={model.id} class="card cpu-model" data-model={model.id} data-in-use={String(inUse)}>
              <label class="cpu-model-head">
                <input
                  type="radio"
                  name="ggufModel"
                  aria-label={`Use ${model.label}`}
                  checked={inUse}
                  onChange={() => props.onChoose(model.id)}
                />
                <span>
                  <strong>{model.label}</strong>
                  <span class="muted">
                    {' '}
                    · {model.downloadMB > 0 ? mb(model.downloadMB) : 'size unknown'} · {model.contextWindow}{' '}
                    tokens of context
                  </span>
                </span>
              </label>
              <div>
                <ModelStatus
                  label={model.label}
                  downloadMB={model.downloadMB}
                  host={hostOf(model)}
                  state={state}
                  {...consent(model.id, () => props.onDownload(model))}
                  onDelete={() => props.onDelete(model)}
                />
              </div>
              <SpeedLine
                state={state}
                onMeasure={() => props.onMeasure(model)}
                onStop={() => props.onStopMeasure(model)}
              />
            </li>
          );
        })}
      </ul>
      <form
        class="gguf-address"
        onSubmit={(event) => {
          event.preventDefault();
          if (address.trim()) props.onChoose(address.trim());
        }}
      >
        <label>
          Another GGUF file (its https:// address):{' '}
          <input
            type="url"
            data-testid="gguf-address"
            value={address}
            placeholder="https://huggingface.co/…/model-q8_0.gguf"
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" class="secondary" data-testid="gguf-use">
          Use this file
        </button>
      </form>
    </div>
  );
}
