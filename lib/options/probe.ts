import type { ProbeReport } from '../engines/probe-cloud';
import { deserializeError } from '../errors';
import { EnginePort } from '../messaging/engine-port';
import { PROBE_PORT, type ProbeEvent, type ProbeRequest } from '../messaging/protocol';
import type { CloudEndpoint } from '../settings/endpoints';

/** Test connection: the engine host sends the probes (through the egress) and reports back. */
export function probeInEngineHost(endpoint: CloudEndpoint): Promise<ProbeReport> {
  return new Promise((resolve, reject) => {
    const port = new EnginePort<ProbeRequest, ProbeEvent>(
      PROBE_PORT,
      (event) => {
        port.close();
        if (event.type === 'probed') resolve(event.report);
        else reject(deserializeError(event.error));
      },
      (error) => reject(deserializeError(error)),
    );
    port.send({ type: 'probe', endpoint }).catch(reject);
  });
}
