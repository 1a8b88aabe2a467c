import { browser, type Browser } from 'wxt/browser';
import { AppError, type SerializedError } from '../errors';
import type { BackgroundProtocol } from './protocol';
import { callBackground } from './rpc';

/**
 * An extension page's line to the engine host. It asks the background to make sure the host exists,
 * then connects. If the host goes away (offscreen document closed, memory pressure) the port
 * disconnects and `onLost` is told; the next `send` starts a new host.
 */
export class EnginePort<Request, Event> {
  private port: Browser.runtime.Port | undefined;
  /**
   * The connection being made. Two sends while the host starts (a preview and a check, say) share it:
   * each used to open its own port, so the host ran a job line per port and the panel heard both.
   */
  private connecting: Promise<Browser.runtime.Port> | undefined;

  constructor(
    private readonly name: string,
    private readonly onEvent: (event: Event) => void,
    private readonly onLost: (error: SerializedError) => void,
  ) {}

  private connect(): Promise<Browser.runtime.Port> {
    if (this.port) return Promise.resolve(this.port);
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<Browser.runtime.Port> {
    await callBackground<BackgroundProtocol, 'engine:ensure'>('engine:ensure', {});
    const port = browser.runtime.connect({ name: this.name });
    port.onMessage.addListener((message: unknown) => this.onEvent(message as Event));
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = undefined;
      this.onLost(new AppError('engine-stopped').toJSON());
    });
    this.port = port;
    return port;
  }

  async send(request: Request): Promise<void> {
    const port = await this.connect();
    port.postMessage(request);
  }

  close(): void {
    const port = this.port;
    this.port = undefined;
    port?.disconnect();
  }
}
