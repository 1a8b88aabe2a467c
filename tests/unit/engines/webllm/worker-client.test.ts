import type { WorkerReply, WorkerRequest } from '../../../../lib/engines/webllm/protocol';
import { WorkerClient } from '../../../../lib/engines/webllm/worker-client';
import { AppError } from '../../../../lib/errors';

/** A stand-in Worker driven by the test: it records requests and replies when told. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
  crash() {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

const MODEL = { model_id: 'm' };

function setup() {
  const workers: FakeWorker[] = [];
  const client = new WorkerClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}

describe('WorkerClient', () => {
  it('routes progress to its request and resolves with the result', async () => {
    const { client, workers } = setup();
    const progress: number[] = [];
    const pending = client.request({ op: 'load', model: MODEL }, (r) => {
      if (r.type === 'progress') progress.push(r.fraction);
    });
    const worker = workers[0];
    const id = worker?.sent[0]?.id ?? -1;
    worker?.reply({ id, type: 'progress', fraction: 0.5, text: 'half' });
    worker?.reply({ id: id + 100, type: 'progress', fraction: 0.9, text: 'someone else' });
    worker?.reply({ id, type: 'result' });
    await expect(pending).resolves.toMatchObject({ type: 'result' });
    expect(progress).toEqual([0.5]);
  });

  it('rebuilds named errors sent by the worker', async () => {
    const { client, workers } = setup();
    const pending = client.request({ op: 'status', model: MODEL });
    workers[0]?.reply({
      id: workers[0].sent[0]?.id ?? -1,
      type: 'error',
      error: { code: 'model-download-failed' },
    });
    await expect(pending).rejects.toMatchObject({
      code: 'model-download-failed',
      name: 'ModelDownloadError',
    });
  });

  it('fails every request in flight when the worker dies, then starts a new worker', async () => {
    const { client, workers } = setup();
    const a = client.request({ op: 'load', model: MODEL });
    const b = client.request({ op: 'status', model: MODEL });
    workers[0]?.crash();
    await expect(a).rejects.toBeInstanceOf(AppError);
    await expect(b).rejects.toMatchObject({ code: 'model-failed' });
    expect(workers[0]?.terminated).toBe(true);
    void client.request({ op: 'status', model: MODEL }).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it('cancels on abort and tells the worker to interrupt', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const pending = client.request({ op: 'chat', model: MODEL, messages: [] }, undefined, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(workers[0]?.sent.map((m) => m.op)).toEqual(['chat', 'abort']);
  });
});
