import { isEmptyContext } from '../context/merge';
import { contextSummary } from '../context/summary';
import type { ContextData } from '../context/types';
import type { GpuReport } from '../engines/webgpu';
import type { EndpointSettings } from '../settings/endpoints';

/** One line of "what is set up": said no stronger than what was checked. */
export interface ReadinessItem {
  id: 'local' | 'cloud' | 'context';
  label: string;
  state: 'ok' | 'missing';
  detail: string;
  /** Where in options it is fixed or changed: a section, or the cloud step's form in Setup. */
  section: 'models' | 'setup/cloud' | 'context';
}

/** `gpu` is the capability check's report, when the in-browser model is chosen and it was run. */
export function readiness(
  settings: EndpointSettings,
  context: ContextData,
  gpu?: GpuReport,
): ReadinessItem[] {
  const noGpu: ReadinessItem | undefined =
    settings.localEngine === 'webllm' && gpu && !gpu.available
      ? {
          id: 'local',
          label: 'Local model',
          state: 'missing',
          section: 'models',
          detail:
            'the in-browser model needs WebGPU, which this browser does not offer: choose a local model server',
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
