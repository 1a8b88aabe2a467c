import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalog } from '../../models/catalog';
import { GGUF_CATALOG, type GgufModel } from '../../models/gguf-catalog';
import { probeWebGpu, type GpuReport } from '../../lib/engines/webgpu';
import { resolveGgufModel } from '../../lib/engines/wllama/gguf-source';
import { deserializeError, toAppError } from '../../lib/errors';
import { createModelPort, reduceModels, type ModelState } from '../../lib/options/model-manager';
import {
  loadEndpoints,
  updateEndpoints,
  type EndpointSettings,
  type LocalEngineKind,
} from '../../lib/settings/endpoints';
import { GpuReportView } from './GpuReportView';
import './models/models.css';
import { mb } from './models/ModelStatus';
import { CpuModels } from './models/CpuModels';
import { EngineChoice } from './models/EngineChoice';
import { WebLlmModels } from './models/WebLlmModels';

type Patch = Partial<Pick<EndpointSettings, 'localEngine' | 'webllmModel' | 'ggufModel'>>;

/** The CPU model the settings name, or undefined if they name none the engine would load. */
function chosenGguf(choice: string | undefined): GgufModel | undefined {
  try {
    return resolveGgufModel(choice);
  } catch {
    return undefined;
  }
}

/**
 * Who writes on this device (GPU model, CPU model or a local server) and the on-device models:
 * downloaded only with consent (size shown first), deleted here; CPU models also get their speed
 * measured on this device.
 */
export function ModelManager() {
  const [report, setReport] = useState<GpuReport>();
  const [engine, setEngine] = useState<LocalEngineKind>();
  const [chosen, setChosen] = useState('');
  const [gguf, setGguf] = useState<GgufModel>();
  const [models, setModels] = useState<Record<string, ModelState>>({});
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
  const ask = (request: Parameters<typeof port.send>[0]) =>
    void port.send(request).catch((e: unknown) => setNotice(toAppError(e).userText));

  useEffect(() => {
    void probeWebGpu().then(setReport);
    void loadEndpoints().then((s) => {
      setEngine(s.localEngine);
      setChosen(s.webllmModel);
      const cpu = chosenGguf(s.ggufModel);
      setGguf(cpu);
      // Measurements from earlier visits; the model's status below says whether it is still here.
      setModels((state) => {
        const next = { ...state };
        for (const [id, speed] of Object.entries(s.engineSpeeds ?? {})) next[id] = { ...next[id], speed };
        return next;
      });
      if (cpu && !findCatalogGguf(cpu.id)) ask({ type: 'status', modelId: cpu.id });
    });
    void navigator.storage
      ?.estimate()
      .then(({ usage = 0, quota = 0 }) =>
        setStorage(`${mb(usage / 2 ** 20)} used of ${mb(quota / 2 ** 20)} available to the extension`),
      );
    for (const model of [...catalog(), ...GGUF_CATALOG]) ask({ type: 'status', modelId: model.id });
    return () => port.close();
  }, []);

  const save = async (patch: Patch) => {
    // The choice shows at once; a failed save puts the stored one back.
    const before = engine;
    if (patch.localEngine) setEngine(patch.localEngine);
    try {
      await updateEndpoints(patch);
      setNotice('Saved.');
      return true;
    } catch (error) {
      setEngine(before);
      setNotice(toAppError(error).userText);
      return false;
    }
  };
  const download = (modelId: string) => {
    setModels((s) => ({ ...s, [modelId]: { ...s[modelId], busy: 'downloading', error: undefined } }));
    ask({ type: 'download', modelId });
  };
  const chooseGguf = async (choice: string) => {
    const model = chosenGguf(choice);
    if (!(await save({ ggufModel: choice, localEngine: 'wllama' })) || !model) return;
    setGguf(model);
    if (!models[model.id]) ask({ type: 'status', modelId: model.id });
  };

  return (
    <section aria-label="Local model">
      <h2>Local model</h2>
      <GpuReportView report={report} />
      {/* Shown once the stored choice is known: a click before that would be overwritten by it. */}
      {engine ? (
        <EngineChoice engine={engine} report={report} onChoose={(kind) => void save({ localEngine: kind })} />
      ) : (
        <p class="muted">Loading settings…</p>
      )}
      {storage ? <p class="muted">Storage: {storage}.</p> : null}
      <CpuModels
        chosen={gguf}
        active={engine === 'wllama'}
        models={models}
        onChoose={(choice) => void chooseGguf(choice)}
        onDownload={(model) => download(model.id)}
        onDelete={(model) => ask({ type: 'delete', modelId: model.id })}
        onMeasure={(model) => ask({ type: 'measure', modelId: model.id })}
        onStopMeasure={(model) => ask({ type: 'stop-measure', modelId: model.id })}
      />
      <WebLlmModels
        report={report}
        effective={chosen || report?.recommended || ''}
        models={models}
        onChoose={(id) => {
          setChosen(id);
          void save({ webllmModel: id, localEngine: 'webllm' });
        }}
        onDownload={(model) => download(model.id)}
        onDelete={(model) => ask({ type: 'delete', modelId: model.id })}
      />
      {notice ? (
        <p class="muted" role="status" data-testid="models-status">
          {notice}
        </p>
      ) : null}
    </section>
  );
}

function findCatalogGguf(id: string): boolean {
  return GGUF_CATALOG.some((m) => m.id === id);
}
