import { describe, expect, it } from 'vitest';
import { createWebLlmEngine } from '../../../../lib/engines/webllm/engine';
import { WorkerClient } from '../../../../lib/engines/webllm/worker-client';
import { engineContract } from '../engine-contract';
import { FakeWebLlmWorker } from './fake-worker';

const MODEL = 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC';

function engineWith(
  worker: FakeWebLlmWorker,
  options: { allowDownload?: boolean; progress?: string[] } = {},
) {
  const client = new WorkerClient(() => worker as unknown as Worker);
  return createWebLlmEngine(
    MODEL,
    {
      allowDownload: options.allowDownload ?? false,
      onProgress: (p) => options.progress?.push(p.text),
    },
    client,
  );
}

/**
 * The web-llm adapter (everything on our side of the worker protocol) against a scripted worker. The
 * real web-llm behind the protocol needs WebGPU and downloaded weights, which no test machine has: it
 * is checked by hand (README, "Checking the on-device model on a machine with a GPU").
 */
describe('LocalEngine contract: web-llm adapter over a scripted worker', () => {
  engineContract({
    engine: () => engineWith(new FakeWebLlmWorker()),
    broken: () => {
      const worker = new FakeWebLlmWorker();
      worker.failWith = 'model-download-failed';
      return engineWith(worker);
    },
  });

  it('asks before downloading: an uncached model without consent is a named error, not a download', async () => {
    const worker = new FakeWebLlmWorker();
    worker.cached = false;
    const error = await (async () => {
      for await (const _delta of engineWith(worker).chat({ messages: [{ role: 'user', content: 'hi' }] }))
        void _delta;
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'model-not-downloaded', name: 'ModelNotDownloadedError' });
  });

  it('reports loading progress before the first token when allowed', async () => {
    const progress: string[] = [];
    const worker = new FakeWebLlmWorker();
    worker.cached = false;
    let text = '';
    for await (const delta of engineWith(worker, { allowDownload: true, progress }).chat({
      messages: [{ role: 'user', content: 'hi' }],
    })) {
      text += delta;
    }
    expect(progress).toEqual(['Loading model from cache']);
    expect(text).toBe(' The sea is wide. It is blue.');
  });
});
