import { isEmptyContext } from '../context/merge';
import { contextSummary } from '../context/summary';
import type { ContextData } from '../context/types';
import { describeSpeed, type EngineSpeed } from '../engines/speed-estimate';
import type { GpuReport } from '../engines/webgpu';
import { resolveGgufModel } from '../engines/wllama/gguf-source';
import { AppError } from '../errors';
import type { EndpointSettings } from '../settings/endpoints';
import type { GgufModel } from '../../models/gguf-catalog';

/** One line of "what is set up": said no stronger than what was checked. */
export interface ReadinessItem {
  id: 'local' | 'cloud' | 'context';
  label: string;
  state: 'ok' | 'missing';
  detail: string;
  /** Where in options it is fixed or changed: a section, or the cloud step's form in Setup. */
  section: 'models' | 'setup/cloud' | 'context';
}

/** What the engine host said about the CPU model in use (undefined: it could not be asked). */
export interface CpuModelStatus {
  cached?: boolean;
  speed?: EngineSpeed;
}

/**
 * The CPU engine's model that would write a draft, if any: the chosen one, or its default when
 * the in-browser GPU model is chosen without a model and the capability check found none that fits
 * (chooseLocalEngine falls back to it then). Undefined for a GPU model or a server, and for a
 * setting the CPU engine would not load (validateEndpoints prevents saving one).
 */
export function cpuModelInUse(settings: EndpointSettings, gpu?: GpuReport): GgufModel | undefined {
  try {
    if (settings.localEngine === 'wllama') return resolveGgufModel(settings.ggufModel);
    if (settings.localEngine === 'webllm' && !settings.webllmModel && gpu && !gpu.recommended) {
      return resolveGgufModel(undefined);
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  return undefined;
}

function cpuItem(model: GgufModel, status: CpuModelStatus | undefined, fallback: boolean): ReadinessItem {
  const why = fallback
    ? 'no WebGPU model fits this browser, so the CPU model writes: '
    : 'in the browser on the CPU: ';
  const base = { id: 'local', label: 'Local model', section: 'models' } as const;
  if (status?.cached === true) {
    const speed = status.speed ? `, ${describeSpeed(status.speed)}` : ', speed not measured yet';
    return { ...base, state: 'ok', detail: `${why}${model.label} (downloaded${speed})` };
  }
  if (status?.cached === false) {
    const size = model.downloadMB > 0 ? ` (about ${model.downloadMB} MB)` : '';
    return {
      ...base,
      state: 'missing',
      detail: `${why}${model.label} is not downloaded yet${size}: download it in Models`,
    };
  }
  return {
    ...base,
    state: 'missing',
    detail: `${why}could not check whether ${model.label} is downloaded: open Models to see and download it`,
  };
}

/**
 * `gpu` is the capability check's report, when the in-browser GPU model is chosen and it was run;
 * `cpu` what the engine host said about the CPU model in use (cpuModelInUse), when there is one.
 */
export function readiness(
  settings: EndpointSettings,
  context: ContextData,
  gpu?: GpuReport,
  cpu?: CpuModelStatus,
): ReadinessItem[] {
  const cpuModel = cpuModelInUse(settings, gpu);
  const noGpu: ReadinessItem | undefined = cpuModel
    ? cpuItem(cpuModel, cpu, settings.localEngine === 'webllm')
    : settings.localEngine === 'webllm' && gpu && !gpu.available
      ? {
          id: 'local',
          label: 'Local model',
          state: 'missing',
          section: 'models',
          detail:
            'the in-browser GPU model needs WebGPU, which this browser does not offer: choose the CPU engine or a local model server',
        }
      : settings.localEngine === 'wllama'
        ? {
            id: 'local',
            label: 'Local model',
            state: 'missing',
            section: 'models',
            detail: 'the chosen CPU model is not valid: choose one in Models',
          }
        : undefined;
  const chosen: ReadinessItem =
    settings.localEngine === 'server'
      ? settings.localServer.baseURL
        ? {
            id: 'local',
            label: 'Local model',
            state: 'ok',
            section: 'models',
            detail: `server at ${settings.localServer.baseURL} (chosen; Test connection checks it)`,
          }
        : {
            id: 'local',
            label: 'Local model',
            state: 'missing',
            section: 'models',
            detail: 'no local server address',
          }
      : {
          id: 'local',
          label: 'Local model',
          state: 'ok',
          section: 'models',
          detail: `in the browser: ${settings.webllmModel || 'the recommended model'} (downloaded on first use)`,
        };
  const local = noGpu ?? chosen;

  const { baseURL, model } = settings.cloud;
  const caps = settings.cloudCapabilities;
  const tested = caps && caps.baseURL === baseURL && caps.model === model;
  const cloud: ReadinessItem =
    baseURL && model
      ? {
          id: 'cloud',
          label: 'Cloud endpoint',
          state: 'ok',
          section: 'setup/cloud',
          detail: `${model} at ${baseURL}${tested ? ' (tested)' : ' (not tested yet)'}`,
        }
      : {
          id: 'cloud',
          label: 'Cloud endpoint',
          state: 'missing',
          section: 'setup/cloud',
          detail: 'not set: needed by Sketch, Logit and Redacted cloud',
        };
  const ctx: ReadinessItem = isEmptyContext(context)
    ? {
        id: 'context',
        label: 'Your context',
        state: 'missing',
        section: 'context',
        detail: 'empty: drafts will not be personal',
      }
    : {
        id: 'context',
        label: 'Your context',
        state: 'ok',
        section: 'context',
        detail: contextSummary(context),
      };
  return [local, cloud, ctx];
}
