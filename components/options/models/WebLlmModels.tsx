import { catalog, type CatalogModel } from '../../../models/catalog';
import type { GpuReport } from '../../../lib/engines/webgpu';
import type { ModelState } from '../../../lib/options/model-manager';
import { mb, ModelStatus, useDownloadConsent } from './ModelStatus';

/** The in-browser GPU models (web-llm): choose, download with consent, delete. */
export function WebLlmModels(props: {
  report: GpuReport | undefined;
  /** The model in use, or the recommended one when none is chosen. */
  effective: string;
  models: Record<string, ModelState>;
  onChoose(modelId: string): void;
  onDownload(model: CatalogModel): void;
  onDelete(model: CatalogModel): void;
}) {
  const consent = useDownloadConsent();
  const usable = (m: CatalogModel) => !m.needsF16 || props.report?.shaderF16 === true;
  // Only a checked adapter without shader-f16 rules a model out: before the check, Download stays.
  const unavailable = (m: CatalogModel) =>
    m.needsF16 && props.report?.available === true && !props.report.shaderF16
      ? 'Cannot run here: this graphics adapter lacks shader-f16. Choose a model without "f16" in its name.'
      : undefined;
  return (
    <>
      <h3>GPU models</h3>
      {/* One card per model, as the CPU models: a table's seven columns do not fit a 360 px window. */}
      <ul class="entries" data-testid="models">
        {catalog().map((model) => {
          const inUse = props.effective === model.id;
          return (
            <li key={model.id} class="card gpu-model" data-model={model.id} data-in-use={String(inUse)}>
              <label class="gpu-model-head">
                <input
                  type="radio"
                  name="webllmModel"
                  aria-label={`Use ${model.label}`}
                  checked={inUse}
                  disabled={!usable(model)}
                  onChange={() => props.onChoose(model.id)}
                />
                <span>
                  <strong>{model.label}</strong>
                  {model.id === props.report?.recommended ? <span class="badge">recommended</span> : null}
                  {!usable(model) ? <span class="muted"> · needs shader-f16</span> : null}
                </span>
              </label>
              <dl class="model-facts">
                <div>
                  <dt>Download</dt>
                  <dd>{mb(model.downloadMB)}</dd>
                </div>
                <div>
                  <dt>GPU memory</dt>
                  <dd>{mb(model.vramMB)}</dd>
                </div>
                <div>
                  <dt>Context</dt>
                  <dd>{model.contextWindow} tokens</dd>
                </div>
                <div>
                  <dt>Quality</dt>
                  <dd>{model.quality}</dd>
                </div>
              </dl>
              <div>
                <ModelStatus
                  label={model.label}
                  downloadMB={model.downloadMB}
                  host="the model host"
                  state={props.models[model.id] ?? {}}
                  unavailable={unavailable(model)}
                  {...consent(model.id, () => props.onDownload(model))}
                  onDelete={() => props.onDelete(model)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
