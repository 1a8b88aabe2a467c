import { browser, type Browser } from 'wxt/browser';
import { markInterrupted } from '../audit/log';
import { JOB_PORT, MODEL_PORT, PROBE_PORT } from '../messaging/protocol';
import { serveGuardChecks } from './guard-port';
import { serveJobPort } from './job-port';
import { serveModelPort } from './model-port';
import { serveProbePort } from './probe-port';

function fromExtensionPage(port: Browser.runtime.Port): boolean {
  // Content scripts connect with the page's URL; only our own pages may start jobs or manage models.
  return (
    port.sender?.id === browser.runtime.id && (port.sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}

/** Starts the engine host: offscreen document on Chrome, background page on Firefox. */
export function startEngineHost(): void {
  // Requests a previous host left 'sending' (it was closed mid-request) are shown as interrupted.
  void markInterrupted(Date.now()).catch(() => undefined);
  // On Firefox the background calls the check directly (it is the engine host).
  if (!import.meta.env.FIREFOX) serveGuardChecks();
  browser.runtime.onConnect.addListener((port) => {
    if (!fromExtensionPage(port)) return;
    if (port.name === JOB_PORT) serveJobPort(port);
    else if (port.name === MODEL_PORT) serveModelPort(port);
    else if (port.name === PROBE_PORT) serveProbePort(port);
  });
}
