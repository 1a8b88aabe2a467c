import type { CpuModelStatus } from './readiness';
import { createModelPort } from './model-manager';

/** Long enough for a cold engine host on a loaded machine; after it the status is "could not check". */
const STATUS_WAIT_MS = 20_000;

/**
 * Asks the engine host whether a CPU model is in its cache (the same question the Models section
 * asks), for readiness in options and the popup. Resolves without `cached` when the host cannot say.
 */
export function askCpuStatus(modelId: string, speeds?: Record<string, CpuModelStatus['speed']>) {
  const speed = speeds?.[modelId];
  const withSpeed = (cached?: boolean): CpuModelStatus => ({
    ...(cached === undefined ? {} : { cached }),
    ...(speed ? { speed } : {}),
  });
  return new Promise<CpuModelStatus>((resolve) => {
    const done = (status: CpuModelStatus) => {
      clearTimeout(timer);
      port.close();
      resolve(status);
    };
    const port = createModelPort(
      (event) => {
        if (event.modelId !== modelId) return;
        if (event.type === 'status') done(withSpeed(event.cached));
        else if (event.type === 'error') done(withSpeed());
      },
      () => done(withSpeed()),
    );
    const timer = setTimeout(() => done(withSpeed()), STATUS_WAIT_MS);
    port.send({ type: 'status', modelId }).catch(() => done(withSpeed()));
  });
}
