import { browser } from 'wxt/browser';
import { JOB_PORT } from '../messaging/protocol';
import { serveJobPort } from './job-port';

/** Starts the engine host: offscreen document on Chrome, background page on Firefox. */
export function startEngineHost(): void {
  browser.runtime.onConnect.addListener((port) => {
    // Only extension pages may open a job: content scripts carry a tab in their sender.
    if (port.name !== JOB_PORT || port.sender?.id !== browser.runtime.id) return;
    if (port.sender.url && !port.sender.url.startsWith(browser.runtime.getURL('/'))) return;
    serveJobPort(port);
  });
}
