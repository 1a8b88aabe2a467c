import { AppError, deserializeError } from '../../errors';
import type { WorkerReply, WorkerRequest } from './protocol';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
export type Request = Distribute<WorkerRequest>;

interface Pending {
  onReply(reply: WorkerReply): void;
  fail(error: AppError): void;
}

/**
 * The engine host's side of the web-llm worker: numbered requests, replies routed back. If the worker
 * dies, every request in flight fails with a readable error and the next request starts a new worker
 * (which reloads the model from the browser's cache).
 */
export class WorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly spawn: () => Worker) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event: MessageEvent<WorkerReply>) =>
      this.pending.get(event.data.id)?.onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.crash(new AppError('model-failed'));
    };
    this.worker = worker;
    return worker;
  }

  private crash(error: AppError): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const entry of [...this.pending.values()]) entry.fail(error);
    this.pending.clear();
  }

  /** Sends a request; `onReply` sees progress and deltas; resolves with the final result. */
  request(
    message: Request,
    onReply: (reply: WorkerReply) => void = () => undefined,
    signal?: AbortSignal,
  ): Promise<Extract<WorkerReply, { type: 'result' }>> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const done = () => {
        this.pending.delete(id);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        worker.postMessage({ id: this.nextId++, op: 'abort' } satisfies WorkerRequest);
        done();
        reject(new AppError('cancelled'));
      };
      if (signal?.aborted) return reject(new AppError('cancelled'));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        onReply: (reply) => {
          if (reply.type === 'result') {
            done();
            resolve(reply);
          } else if (reply.type === 'error') {
            done();
            reject(deserializeError(reply.error));
          } else {
            onReply(reply);
          }
        },
        fail: (error) => {
          done();
          reject(error);
        },
      });
      worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  terminate(): void {
    this.crash(new AppError('engine-stopped'));
  }
}
