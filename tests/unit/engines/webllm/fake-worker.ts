import type { WorkerReply, WorkerRequest } from '../../../../lib/engines/webllm/protocol';

/**
 * A stand-in for the web-llm worker that speaks its protocol (lib/engines/webllm/protocol.ts) with a
 * scripted model: replies are built from words, each word a token with a fixed top-k. It lets the
 * engine contract run against the real web-llm adapter without WebGPU or weights.
 */
export class FakeWebLlmWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  cached = true;
  /** Make every request fail with this error code (a download that cannot reach its host, say). */
  failWith: string | undefined;
  private readonly streams = new Map<number, ReturnType<typeof setTimeout>>();

  postMessage(request: WorkerRequest): void {
    queueMicrotask(() => this.handle(request));
  }

  terminate(): void {
    for (const timer of this.streams.values()) clearTimeout(timer);
  }

  private reply(reply: WorkerReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }

  private top(token: string, k: number) {
    return Array.from({ length: Math.max(1, k) }, (_, i) => ({
      text: i === 0 ? token : `${token}~${i}`,
      logprob: i === 0 ? Math.log(0.6) : Math.log(0.4 / 2 ** i),
      id: i,
    }));
  }

  private handle(request: WorkerRequest): void {
    if (this.failWith && request.op !== 'abort') {
      this.reply({
        id: request.id,
        type: 'error',
        error: { code: this.failWith as 'model-download-failed' },
      });
      return;
    }
    switch (request.op) {
      case 'status':
        return this.reply({ id: request.id, type: 'result', cached: this.cached });
      case 'load':
        this.reply({ id: request.id, type: 'progress', fraction: 1, text: 'Loading model from cache' });
        return this.reply({ id: request.id, type: 'result' });
      case 'delete':
        this.cached = false;
        return this.reply({ id: request.id, type: 'result' });
      case 'next': {
        const next = request.prefix.length % 2 ? ' sea' : ' The';
        return this.reply({ id: request.id, type: 'result', candidates: this.top(next, request.topK) });
      }
      case 'chat': {
        const words = ' The sea is wide. It is blue.'.match(/ ?\S+/g) ?? [];
        const emit = (i: number) => {
          const word = words[i];
          if (word === undefined) {
            this.streams.delete(request.id);
            return this.reply({ id: request.id, type: 'result' });
          }
          this.reply({ id: request.id, type: 'delta', text: word });
          this.streams.set(
            request.id,
            setTimeout(() => emit(i + 1), 5),
          );
        };
        return emit(0);
      }
      case 'abort':
        for (const [id, timer] of this.streams) {
          clearTimeout(timer);
          this.streams.delete(id);
          this.reply({ id, type: 'result' });
        }
        return;
    }
  }
}
