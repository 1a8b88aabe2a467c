/**
 * A small OpenAI-compatible server on real llama.cpp (node-llama-cpp, CPU, one thread), loopback only:
 * GET /v1/models, POST /v1/chat/completions (whole or streamed, with logprobs/top_logprobs, a final
 * assistant message continued) and POST /v1/completions (legacy logprobs). It stands where a user's
 * llama.cpp server, Ollama or LM Studio would, so the local-server engine meets a real tokenizer, chat
 * template, stop token and distribution. Requests run one at a time per model; a client that goes away
 * stops its generation at the next token.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback';
import type { ChatWrapper, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import { testLlama } from '../models/llama';
import { generate, type FinishReason, type GeneratedStep, type GenerateOptions } from './llama-generate';
import { chatPrompt, chatWrapperFor, completionPrompt, PromptError } from './llama-prompt';
import {
  chatChunk,
  chatCompletion,
  errorBody,
  parseChat,
  parseCompletion,
  RequestError,
  textCompletion,
  type ChatRequestBody,
  type CompletionRequestBody,
} from './llama-openai';

export interface LlamaServerOptions {
  /** Model name (as clients send it) to GGUF file. */
  models: Record<string, string>;
  /** Tokens of context per model (prompt and reply). */
  contextSize?: number;
}

export interface LlamaServerRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface LlamaServer {
  /** Base URL including /v1. */
  url: string;
  /** Every request received, oldest first (so a test can see what reached the local model). */
  requests: LlamaServerRequest[];
  close(): Promise<void>;
}

class ModelNotFound extends Error {
  override name = 'ModelNotFound';
}

interface Loaded {
  name: string;
  model: LlamaModel;
  wrapper: ChatWrapper;
  sequence: LlamaContextSequence;
  /** The tail of this model's request queue. */
  queue: Promise<unknown>;
}

function cors(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    // Chrome's Private Network Access preflight for loopback targets.
    'access-control-allow-private-network': 'true',
  };
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...cors(req), 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestError('The request body is not valid JSON.');
  }
}

/** Runs `task` after every earlier request for the same model (one sequence, one generation at a time). */
function exclusive<T>(loaded: Loaded, task: () => Promise<T>): Promise<T> {
  const run = loaded.queue.then(task, task);
  loaded.queue = run.catch(() => undefined);
  return run;
}

/** Text decoded so far, holding back a trailing incomplete UTF-8 sequence until its next token. */
class TextStream {
  private ids: Token[] = [];
  private emitted = '';
  constructor(private readonly model: LlamaModel) {}
  push(id: Token): string {
    this.ids.push(id);
    const text = this.model.detokenize(this.ids);
    if (text.endsWith('\uFFFD')) return '';
    const delta = text.slice(this.emitted.length);
    this.emitted = text;
    return delta;
  }
  get text(): string {
    return this.model.detokenize(this.ids);
  }
}

export async function startLlamaServer(options: LlamaServerOptions): Promise<LlamaServer> {
  const llama = await testLlama();
  const contextSize = options.contextSize ?? 4096;
  const loaded = new Map<string, Loaded>();
  for (const [name, path] of Object.entries(options.models)) {
    const model = await llama.loadModel({ modelPath: path });
    const context = await model.createContext({ contextSize, sequences: 1, threads: 1 });
    loaded.set(name, {
      name,
      model,
      wrapper: chatWrapperFor(model),
      sequence: context.getSequence(),
      queue: Promise.resolve(),
    });
  }
  const requests: LlamaServerRequest[] = [];
  let counter = 0;

  function pick(name: string | undefined): Loaded {
    const found = name === undefined ? [...loaded.values()][0] : loaded.get(name);
    if (!found) throw new ModelNotFound(`The model "${name ?? ''}" does not exist on this server.`);
    return found;
  }

  function generation(
    target: Loaded,
    prompt: Token[],
    body: ChatRequestBody | CompletionRequestBody,
    topLogprobs: number,
    signal: AbortSignal,
  ) {
    const room = contextSize - prompt.length;
    if (room <= 0)
      throw new RequestError(`The prompt (${prompt.length} tokens) fills the context (${contextSize}).`);
    const settings: GenerateOptions = {
      maxTokens: Math.min(room, body.maxTokens ?? room),
      temperature: body.temperature,
      topK: body.topK,
      seed: body.seed,
      topLogprobs,
      signal,
    };
    return generate(target.model, target.sequence, prompt, settings);
  }

  async function drain(steps: AsyncGenerator<GeneratedStep, FinishReason>, stream: TextStream) {
    const all: GeneratedStep[] = [];
    for (;;) {
      const next = await steps.next();
      if (next.done) return { all, finish: next.value };
      all.push(next.value);
      stream.push(next.value.id);
    }
  }

  async function chat(req: IncomingMessage, res: ServerResponse, body: ChatRequestBody, signal: AbortSignal) {
    const target = pick(body.model);
    await exclusive(target, async () => {
      if (signal.aborted) return;
      const prompt = chatPrompt(target.model, target.wrapper, body.messages);
      const topLogprobs = body.logprobs ? body.topLogprobs : 0;
      const steps = generation(target, prompt, body, topLogprobs, signal);
      const id = `chatcmpl-llama-${++counter}`;
      const text = new TextStream(target.model);
      if (!body.stream) {
        const { all, finish } = await drain(steps, text);
        const usage = { prompt: prompt.length, completion: all.length };
        const logprobs = body.logprobs ? all : null;
        sendJson(req, res, 200, chatCompletion(id, target.name, text.text, logprobs, finish, usage));
        return;
      }
      const send = (value: unknown) => res.write(`data: ${JSON.stringify(value)}\n\n`);
      res.writeHead(200, { ...cors(req), 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      send(chatChunk(id, target.name, { role: 'assistant', content: '' }, null, null));
      for (;;) {
        const next = await steps.next();
        if (signal.aborted) return;
        if (next.done) {
          send(chatChunk(id, target.name, {}, null, next.value));
          res.end('data: [DONE]\n\n');
          return;
        }
        const step = body.logprobs ? next.value : null;
        send(chatChunk(id, target.name, { content: text.push(next.value.id) }, step, null));
      }
    });
  }

  async function complete(
    req: IncomingMessage,
    res: ServerResponse,
    body: CompletionRequestBody,
    signal: AbortSignal,
  ) {
    const target = pick(body.model);
    await exclusive(target, async () => {
      if (signal.aborted) return;
      const prompt = completionPrompt(target.model, body.prompt);
      const steps = generation(target, prompt, body, body.logprobs ?? 0, signal);
      const text = new TextStream(target.model);
      const { all, finish } = await drain(steps, text);
      const usage = { prompt: prompt.length, completion: all.length };
      const id = `cmpl-llama-${++counter}`;
      const withLogprobs = body.logprobs !== undefined;
      sendJson(
        req,
        res,
        200,
        textCompletion(id, target.name, body.prompt, text.text, all, withLogprobs, finish, usage),
      );
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const body = await readJson(req);
      requests.push({ method: req.method ?? '', path, body });
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors(req));
        res.end();
      } else if (req.method === 'GET' && path === '/v1/models') {
        const data = [...loaded.keys()].map((id) => ({ id, object: 'model', owned_by: 'llama.cpp' }));
        sendJson(req, res, 200, { object: 'list', data });
      } else if (req.method === 'POST' && path === '/v1/chat/completions') {
        await chat(req, res, parseChat(body), controller.signal);
      } else if (req.method === 'POST' && path === '/v1/completions') {
        await complete(req, res, parseCompletion(body), controller.signal);
      } else {
        sendJson(req, res, 404, errorBody(`No route ${req.method ?? ''} ${path}.`, 'invalid_request_error'));
      }
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof RequestError || error instanceof PromptError) {
        sendJson(req, res, 400, errorBody(error.message, 'invalid_request_error'));
      } else if (error instanceof ModelNotFound) {
        sendJson(req, res, 404, errorBody(error.message, 'invalid_request_error', 'model_not_found'));
      } else {
        sendJson(req, res, 500, errorBody(String(error), 'server_error'));
      }
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  const { port, close } = await listenOnLoopback(server);

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      await close();
      for (const { model } of loaded.values()) await model.dispose();
    },
  };
}
