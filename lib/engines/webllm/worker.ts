/// <reference lib="webworker" />
import {
  deleteModelAllInfoInCache,
  hasModelInCache,
  MLCEngine,
  prebuiltAppConfig,
  type AppConfig,
  type ModelRecord,
} from '@mlc-ai/web-llm';
import { serializeError } from '../../errors';
import { mapWebLlmError } from './map-error';
import { bundledLibUrl } from './model-lib';
import type { WorkerModel, WorkerReply, WorkerRequest } from './protocol';
import { TopKCapture, toCandidates } from './topk-capture';

/**
 * The only place web-llm runs: a dedicated worker of the engine host. It speaks our small protocol
 * (protocol.ts), not web-llm's, so nothing outside this worker imports web-llm.
 */
declare const self: DedicatedWorkerGlobalScope;

const capture = new TopKCapture();
const engine = new MLCEngine();
let loaded: string | undefined;
let progressTarget: number | undefined;

const post = (reply: WorkerReply) => self.postMessage(reply);

function appConfig(model: WorkerModel): AppConfig {
  const prebuilt = prebuiltAppConfig.model_list.find((record) => record.model_id === model.model_id);
  const record: ModelRecord = {
    ...prebuilt,
    ...model,
    model: model.model ?? prebuilt?.model ?? '',
    // Code only from inside the extension; never web-llm's default library host.
    model_lib: bundledLibUrl(model.model_lib, self.location.href),
  };
  return { model_list: [record] };
}

engine.setInitProgressCallback((report) => {
  if (progressTarget !== undefined)
    post({ id: progressTarget, type: 'progress', fraction: report.progress, text: report.text });
});

async function ensureLoaded(id: number, model: WorkerModel): Promise<void> {
  if (loaded === model.model_id) return;
  engine.setAppConfig(appConfig(model));
  engine.setLogitProcessorRegistry(new Map([[model.model_id, capture]]));
  progressTarget = id;
  try {
    await engine.reload(model.model_id);
    loaded = model.model_id;
  } finally {
    progressTarget = undefined;
  }
}

/**
 * The pipeline's tokenizer, which web-llm does not expose publicly. Needed to decode candidate ids
 * and to force an assistant prefix; checked at run time so a web-llm upgrade fails with a clear error.
 */
interface Tokenizer {
  encode(text: string): Int32Array;
  decode(ids: Int32Array): string;
}
function tokenizer(modelId: string): Tokenizer {
  const pipelines = (
    engine as unknown as { loadedModelIdToPipeline?: Map<string, { tokenizer?: Tokenizer }> }
  ).loadedModelIdToPipeline;
  const found = pipelines?.get(modelId)?.tokenizer;
  if (!found || typeof found.decode !== 'function') throw new Error('web-llm tokenizer not reachable');
  return found;
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.op) {
    case 'status':
      post({
        id: request.id,
        type: 'result',
        cached: await hasModelInCache(request.model.model_id, appConfig(request.model)),
      });
      return;
    case 'delete':
      if (loaded === request.model.model_id) {
        await engine.unload();
        loaded = undefined;
      }
      await deleteModelAllInfoInCache(request.model.model_id, appConfig(request.model));
      post({ id: request.id, type: 'result' });
      return;
    case 'load':
      await ensureLoaded(request.id, request.model);
      post({ id: request.id, type: 'result' });
      return;
    case 'chat': {
      await ensureLoaded(request.id, request.model);
      // A plain reply: nothing forced, nothing recorded (only 'next' reads the distribution).
      capture.begin(0);
      const stream = await engine.chat.completions.create({
        messages: request.messages,
        stream: true,
        ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      });
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta?.content ?? '';
        if (text) post({ id: request.id, type: 'delta', text });
      }
      post({ id: request.id, type: 'result' });
      return;
    }
    case 'next': {
      await ensureLoaded(request.id, request.model);
      const tok = tokenizer(request.model.model_id);
      const forced = [...tok.encode(request.prefix)];
      capture.begin(request.topK, forced);
      await engine.chat.completions.create({
        messages: request.messages,
        max_tokens: forced.length + 1,
        temperature: 0,
      });
      const last = capture.steps[0] ?? [];
      post({
        id: request.id,
        type: 'result',
        candidates: toCandidates(last, (tokenId) => tok.decode(Int32Array.of(tokenId))),
      });
      return;
    }
    case 'abort':
      await engine.interruptGenerate();
      return;
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).catch((error: unknown) =>
    post({ id: request.id, type: 'error', error: serializeError(mapWebLlmError(error)) }),
  );
};
