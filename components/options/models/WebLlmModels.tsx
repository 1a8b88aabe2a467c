import { useState } from 'preact/hooks';
import { catalog, type CatalogModel } from '../../../models/catalog';
import type { GpuReport } from '../../../lib/engines/webgpu';
import type { ModelState } from '../../../lib/options/model-manager';
import { mb, ModelStatus } from './ModelStatus';

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
  const [confirming, setConfirming] = useState<string>();
  const usable = (m: CatalogModel) => !m.needsF16 || props.report?.shaderF16 === true;
  return (
    <>
      <h3>GPU models</h3>
      <table class="models" data-testid="models">
        <thead>
          <tr>
            <th>Use</th>
            <th>Model</th>
            <th>Download</th>
            <th>GPU memory</th>
            <th>Context</th>
            <th>Quality</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {catalog().map((model) => (
            <tr key={model.id} data-model={model.id}>
              <td>
                <input
                  type="radio"
                  name="webllmModel"
                  aria-label={`Use ${model.label}`}
                  checked={props.effective === model.id}
                  disabled={!usable(model)}
                  onChange={() => props.onChoose(model.id)}
                />
              </td>
              <td>
                {model.label}
                {model.id === props.report?.recommended ? <strong> (recommended)</strong> : null}
                {!usable(model) ? <span class="muted"> needs shader-f16</span> : null}
              </td>
              <td>{mb(model.downloadMB)}</td>
              <td>{mb(model.vramMB)}</td>
              <td>{model.contextWindow}</td>
              <td>{model.quality}</td>
              <td>
                <ModelStatus
                  label={model.label}
                  downloadMB={model.downloadMB}
                  host="the model host"
                  state={props.models[model.id] ?? {}}
                  confirming={confirming === model.id}
                  onAsk={() => setConfirming(model.id)}
                  onConfirm={() => {
                    setConfirming(undefined);
                    props.onDownload(model);
                  }}
                  onCancel={() => setConfirming(undefined)}
                  onDelete={() => props.onDelete(model)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
