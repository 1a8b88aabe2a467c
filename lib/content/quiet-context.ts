/**
 * Replaces WXT's ContentScriptContext in the content script bundle (aliased in wxt.config.ts).
 * WXT's context, built before our code runs, posts `{type: "<extension id>:…:content-script-started"}`
 * to the page with window.postMessage, dispatches an event named with the extension id on the page's
 * document, and listens there for the same event: every page learns the extension id, on Off sites
 * too, and a page that dispatches the event stops our content script. This one touches nothing of
 * the page. Its only job is the lifecycle: it is invalidated when the extension is reloaded or
 * removed (the runtime id disappears), which is checked whenever our code asks.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    // The runtime object stays, but its id is gone once the extension is reloaded or removed.
    if ((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id == null)
      this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => window.cancelAnimationFrame(id));
    return id;
  }
}
