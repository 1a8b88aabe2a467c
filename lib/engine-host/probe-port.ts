import type { Browser } from 'wxt/browser';
import { auditLog } from '../audit/log';
import { loadContext } from '../context/store';
import { serializeError } from '../errors';
import type { ProbeEvent, ProbeRequest } from '../messaging/protocol';
import { guardText } from '../pipeline/outbound';
import { EMPTY_POLICY, preparePrivacy } from '../privacy';
import type { CloudEndpoint } from '../settings/endpoints';

function isEndpoint(value: unknown): value is CloudEndpoint {
  const v = value as Partial<Record<keyof CloudEndpoint, unknown>> | null;
  return (
    typeof v?.baseURL === 'string' &&
    typeof v.apiKey === 'string' &&
    typeof v.model === 'string' &&
    typeof v.timeoutMs === 'number'
  );
}

function isProbeRequest(value: unknown): value is ProbeRequest {
  const v = value as { type?: unknown; endpoint?: unknown } | null;
  return v?.type === 'probe' && isEndpoint(v.endpoint);
}

/** Test connection, run here so that its requests leave through the egress like every other. */
export function serveProbePort(port: Browser.runtime.Port): void {
  const post = (event: ProbeEvent) => {
    try {
      port.postMessage(event);
    } catch {
      // The options page closed; the audit log still has the probes.
    }
  };
  port.onMessage.addListener((message: unknown) => {
    if (!isProbeRequest(message)) return;
    void probe(message.endpoint).then(
      (report) => post({ type: 'probed', report }),
      (error: unknown) => post({ type: 'error', error: serializeError(error) }),
    );
  });
}

async function probe(endpoint: CloudEndpoint) {
  // The SDK is loaded only when the user tests a connection.
  const { probeCloud } = await import('../engines/probe-cloud');
  const prepared = preparePrivacy(await loadContext());
  return probeCloud(endpoint, { audit: auditLog, now: Date.now, guard: guardText(prepared, EMPTY_POLICY) });
}
