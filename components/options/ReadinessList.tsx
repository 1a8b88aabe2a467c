import { useEffect, useState } from 'preact/hooks';
import { loadContext } from '../../lib/context/store';
import { probeWebGpu } from '../../lib/engines/webgpu';
import { askCpuStatus } from '../../lib/options/cpu-status';
import { cpuModelInUse, readiness, type ReadinessItem } from '../../lib/options/readiness';
import { loadEndpoints } from '../../lib/settings/endpoints';

/** Loads what readiness needs; undefined while loading. A new `refresh` value loads it again. */
export function useReadiness(refresh = 0): ReadinessItem[] | undefined {
  const [items, setItems] = useState<ReadinessItem[]>();
  useEffect(() => {
    const load = () =>
      void (async () => {
        const [settings, context] = await Promise.all([loadEndpoints(), loadContext()]);
        // The in-browser model is only "ready" where WebGPU is: ask the browser (no download).
        const gpu = settings.localEngine === 'webllm' ? await probeWebGpu() : undefined;
        // A CPU model is ready once downloaded: ask the engine host's cache (no download).
        const cpuModel = cpuModelInUse(settings, gpu);
        const cpu = cpuModel ? await askCpuStatus(cpuModel.id, settings.engineSpeeds) : undefined;
        setItems(readiness(settings, context, gpu, cpu));
      })();
    load();
    // Settings and context are saved elsewhere on the page or in another tab: look again when the
    // user moves to another section or comes back to this tab.
    const stop = new AbortController();
    addEventListener('hashchange', load, { signal: stop.signal });
    addEventListener('focus', load, { signal: stop.signal });
    return () => stop.abort();
  }, [refresh]);
  return items;
}

/** Local model, cloud endpoint, context: a tick or what is missing, each linking to where it is set. */
export function ReadinessList({ items, href }: { items: ReadinessItem[]; href(section: string): string }) {
  return (
    <ul class="readiness" data-testid="readiness">
      {items.map((item) => (
        <li key={item.id} data-item={item.id} data-state={item.state}>
          <span class="tick" aria-hidden="true">
            {item.state === 'ok' ? '✓' : '!'}
          </span>
          <span>
            <strong>{item.label}</strong>: {item.detail}.{' '}
            <a
              href={href(item.section)}
              target={href(item.section).startsWith('#') ? undefined : '_blank'}
              rel="noreferrer"
            >
              {item.state === 'ok' ? 'Change' : 'Set it up'}
            </a>
          </span>
        </li>
      ))}
    </ul>
  );
}
