import { browser, type Browser } from 'wxt/browser';
import { AppError } from '../errors';
import type { BackgroundProtocol, JobEvent, JobRequest } from '../messaging/protocol';
import { JOB_PORT } from '../messaging/protocol';
import { callBackground } from '../messaging/rpc';

/**
 * The panel's line to the engine host. If the host goes away (offscreen document closed, memory
 * pressure), the port disconnects and `onEvent` receives an engine-stopped error.
 */
export class JobClient {
  private port: Browser.runtime.Port | undefined;

  constructor(private readonly onEvent: (event: JobEvent) => void) {}

  private async connect(): Promise<Browser.runtime.Port> {
    if (this.port) return this.port;
    await callBackground<BackgroundProtocol, 'engine:ensure'>('engine:ensure', {});
    const port = browser.runtime.connect({ name: JOB_PORT });
    port.onMessage.addListener((message: unknown) => this.onEvent(message as JobEvent));
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = undefined;
      this.onEvent({ type: 'error', error: new AppError('engine-stopped').toJSON() });
    });
    this.port = port;
    return port;
  }

  async send(request: JobRequest): Promise<void> {
    const port = await this.connect();
    port.postMessage(request);
  }

  close(): void {
    const port = this.port;
    this.port = undefined;
    port?.disconnect();
  }
}
