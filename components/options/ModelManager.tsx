import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalog, type CatalogModel } from '../../models/catalog';
import { probeWebGpu, type GpuReport } from '../../lib/engines/webgpu';
import { deserializeError, toAppError } from '../../lib/errors';
import { createModelPort, reduceModels, type ModelState } from '../../lib/options/model-manager';
import { loadEndpoints, updateEndpoints, type LocalEngineKind } from '../../lib/settings/endpoints';
import { GpuReportView } from './GpuReportView';

function mb(value: number): string {
  return value >= 1024 ? `${(value / 1024).toFixed(1)} GB` : `${Math.round(value)} MB`;
}

/** Choosing, downloading (only with consent, size shown), and deleting on-device models. */
export function ModelManager() {
  const [report, setReport] = useState<GpuReport>();
  const [engine, setEngine] = useState<LocalEngineKind>();
  const [chosen, setChosen] = useState('');
  const [models, setModels] = useState<Record<string, ModelState>>({});
  const [confirming, setConfirming] = useState<string>();
  const [storage, setStorage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const port = useMemo(
    () =>
      createModelPort(
        (event) => setModels((state) => reduceModels(state, event)),
        (error) => setNotice(deserializeError(error).userText),
      ),
    [],
  );

  useEffect(() => {
    void probeWebGpu().then(setReport);
    void loadEndpoints().then((s) => {
      setEngine(s.localEngine);
      setChosen(s.webllmModel);
    });
    void navigator.storage
      ?.estimate()
      .then(({ usage = 0, quota = 0 }) =>
        setStorage(`${mb(usage / 2 ** 20)} used of ${mb(quota / 2 ** 20)} available to the extension`),
      );
    for (const model of catalog())
      void port.send({ type: 'status', modelId: model.id }).catch(() => undefined);
    return () => port.close();
  }, []);

  const save = async (patch: { localEngine?: LocalEngineKind; webllmModel?: string }) => {
    try {
      await updateEndpoints(patch);
      setNotice('Saved.');
    } catch (error) {
      setNotice(toAppError(error).userText);
    }
  };
  const effective = chosen || report?.recommended || '';
  const usable = (m: CatalogModel) => !m.needsF16 || report?.shaderF16 === true;

  const download = (model: CatalogModel) => {
    setConfirming(undefined);
    setModels((s) => ({ ...s, [model.id]: { ...s[model.id], busy: 'downloading', error: undefined } }));
    void port
      .send({ type: 'download', modelId: model.id })
      .catch((e: unknown) => setNotice(toAppError(e).userText));
  };

  return (
    <section aria-label="Local model">
      <h2>Local model</h2>
      <GpuReportView report={report} />
      <fieldset>
        <legend>Who writes your drafts on this device</legend>
        {(['webllm', 'server'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="localEngine"
              value={kind}
              checked={engine === kind}
              data-testid={`engine-${kind}`}
              onChange={() => {
                setEngine(kind);
                void save({ localEngine: kind });
              }}
            />{' '}
            {kind === 'webllm'
              ? 'On-device model in the browser (WebGPU)'
              : 'Local model server (set its address above)'}
          </label>
        ))}
      </fieldset>
      {storage ? <p class="muted">Storage: {storage}.</p> : null}
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
          {catalog().map((model) => {
            const state = models[model.id] ?? {};
            return (
              <tr key={model.id} data-model={model.id}>
                <td>
                  <input
                    type="radio"
                    name="webllmModel"
                    aria-label={`Use ${model.label}`}
                    checked={effective === model.id}
                    disabled={!usable(model)}
                    onChange={() => {
                      setChosen(model.id);
                      void save({ webllmModel: model.id, localEngine: 'webllm' });
                      setEngine('webllm');
                    }}
                  />
                </td>
                <td>
                  {model.label}
                  {model.id === report?.recommended ? <strong> (recommended)</strong> : null}
                  {!usable(model) ? <span class="muted"> needs shader-f16</span> : null}
                </td>
                <td>{mb(model.downloadMB)}</td>
                <td>{mb(model.vramMB)}</td>
                <td>{model.contextWindow}</td>
                <td>{model.quality}</td>
                <td>
                  <ModelStatus
                    model={model}
                    state={state}
                    confirming={confirming === model.id}
                    onAsk={() => setConfirming(model.id)}
                    onConfirm={() => download(model)}
                    onCancel={() => setConfirming(undefined)}
                    onDelete={() => void port.send({ type: 'delete', modelId: model.id })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {notice ? (
        <p class="muted" role="status">
          {notice}
        </p>
      ) : null}
    </section>
  );
}

interface StatusProps {
  model: CatalogModel;
  state: ModelState;
  confirming: boolean;
  onAsk(): void;
  onConfirm(): void;
  onCancel(): void;
  onDelete(): void;
}

function ModelStatus({ model, state, confirming, onAsk, onConfirm, onCancel, onDelete }: StatusProps) {
  if (state.busy === 'downloading') {
    const percent = Math.round((state.progress?.fraction ?? 0) * 100);
    return (
      <span>
        <progress max={100} value={percent} aria-label={`Downloading ${model.label}`} /> {percent}%
      </span>
    );
  }
  const error = state.error ? (
    <span class="error" role="alert">
      {deserializeError(state.error).userText}{' '}
    </span>
  ) : null;
  if (state.cached) {
    return (
      <span>
        Downloaded{' '}
        <button type="button" class="link" onClick={onDelete}>
          delete
        </button>
      </span>
    );
  }
  if (confirming) {
    return (
      <span>
        Download about {mb(model.downloadMB)} from the model host?{' '}
        <button type="button" onClick={onConfirm}>
          Download
        </button>{' '}
        <button type="button" class="secondary" onClick={onCancel}>
          No
        </button>
      </span>
    );
  }
  return (
    <span>
      {error}
      {state.cached === false ? 'Not downloaded ' : ''}
      <button type="button" class="secondary" onClick={onAsk}>
        Download…
      </button>
    </span>
  );
}
