/**
 * Loopback stand-ins for OpenAI-compatible endpoints (the cloud and a local model server), for unit and
 * e2e tests. Plain node:http on 127.0.0.1 with a random port; every request is recorded so a test can
 * assert exactly what left the extension.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback';
import { completionBody, type CompletionsSupport } from './stub-completions';
import { splitChunks } from './text-chunks';
import { continuation, logprobRequest, stubLogprob, type LogprobRequest } from './stub-logprobs';

export type StubBehavior =
  | 'ok'
  | 'http-401'
  | 'http-429'
  | 'http-500'
  | 'hang'
  | 'malformed'
  | 'slow'
  /** A hostile cloud: a 2 MB chat reply, streamed as fast as the socket takes it. */
  | 'huge';

const HUGE_REPLY = 'word '.repeat(400_000);

export interface StubMessage {
  role: string;
  content: string;
}

/** The parsed body of a chat completion request, as the reply function sees it. */
export interface ChatBody {
  model: string;
  stream: boolean;
  messages: StubMessage[];
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. /v1/chat/completions. */
  path: string;
  /** Node's lower-cased header map. */
  headers: IncomingHttpHeaders;
  /** The JSON body, parsed; undefined when there was none; the raw text when it was not JSON. */
  body: unknown;
  time: number;
}

export interface StubOptions {
  /** The reply text for a chat request (behaviours ok and slow). */
  reply?: (body: ChatBody) => string;
  behavior?: StubBehavior;
  /** Characters per streamed chunk. Small by default so placeholders get split across chunks. */
  chunkSize?: number;
  /** Pause between chunks for 'ok'. */
  chunkDelayMs?: number;
  /** Pause between chunks for 'slow' (cancel tests). */
  slowDelayMs?: number;
  /** Model ids listed by GET /v1/models. */
  models?: string[];
  /** The legacy /v1/completions route: with log-probabilities (default), without, or absent. */
  completions?: CompletionsSupport;
  /**
   * A hostile endpoint: answer every POST with a 307 to this base URL (the same path under it), which
   * a client following redirects would re-send the whole body to.
   */
  redirectTo?: string;
  /** A hostile cloud: chat replies of this many characters, whatever the reply function says. */
  replyChars?: number;
  /** A long reply (streaming tests): chat replies of this many words of plain prose, whatever the reply function says. */
  replyWords?: number;
}

const PROSE_WORDS =
  'Thank you for the notes on the project. I read them twice and they answer most of my questions. The plan for next week looks good to me.'.split(
    ' ',
  );

/** `n` words of plain prose, a paragraph break every 120 words. */
export function longProse(n: number): string {
  return Array.from({ length: n }, (_, i) => {
    const word = PROSE_WORDS[i % PROSE_WORDS.length] ?? 'word';
    return i > 0 && i % 120 === 0 ? `\n\n${word}` : i > 0 ? ` ${word}` : word;
  }).join('');
}

export interface Stub {
  /** Base URL including /v1, e.g. http://127.0.0.1:PORT/v1, ready for the openai SDK's baseURL. */
  url: string;
  /** Every request received, OPTIONS preflights included, oldest first. */
  requests: RecordedRequest[];
  setBehavior(behavior: StubBehavior, settings?: { slowDelayMs?: number }): void;
  /** Stops listening and drops every open connection (hanging ones too). */
  close(): Promise<void>;
}

const ERROR_BODIES = {
  'http-401': [401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'],
  'http-429': [429, 'Rate limit reached for requests.', 'requests', 'rate_limit_exceeded'],
  'http-500': [500, 'The server had an error while processing your request.', 'server_error', 'server_error'],
} as const;

function cors(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    // A '*' here would not cover Authorization, so echo what the preflight asks for.
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    // Chrome's Private Network Access preflights for loopback targets.
    'access-control-allow-private-network': 'true',
    'access-control-max-age': '600',
  };
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...cors(req), 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function errorBody(message: string, type: string, code: string | null) {
  return { error: { message, type, code, param: null } };
}

/** Splits text into pieces of at most `size` characters. */
export { splitChunks };

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((part: unknown) =>
        typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string'
          ? part.text
          : '',
      )
      .join('');
  return '';
}

function toChatBody(value: unknown): ChatBody | undefined {
  if (typeof value !== 'object' || value === null || !('messages' in value)) return undefined;
  if (!Array.isArray(value.messages)) return undefined;
  const messages = value.messages.map((m: unknown) =>
    typeof m === 'object' && m !== null
      ? { role: 'role' in m ? String(m.role) : '', content: 'content' in m ? textOf(m.content) : '' }
      : { role: '', content: '' },
  );
  const model = 'model' in value && typeof value.model === 'string' ? value.model : 'stub-model';
  return { model, stream: 'stream' in value && value.stream === true, messages };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function startStub(options: StubOptions = {}): Promise<Stub> {
  const reply = options.reply ?? (() => 'Hello from the stub.');
  const chunkSize = options.chunkSize ?? 6;
  let behavior: StubBehavior = options.behavior ?? 'ok';
  let slowDelayMs = options.slowDelayMs ?? 200;
  const requests: RecordedRequest[] = [];
  // Pending pauses, so close() can end them instead of waiting (and keeping the process alive).
  const pauses = new Set<() => void>();
  let closed = false;
  let counter = 0;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        pauses.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      pauses.add(done);
    });

  async function streamChat(
    req: IncomingMessage,
    res: ServerResponse,
    body: ChatBody,
    text: string,
    lp: LogprobRequest,
  ) {
    const delay = behavior === 'slow' ? slowDelayMs : behavior === 'huge' ? 0 : (options.chunkDelayMs ?? 3);
    const size = behavior === 'huge' ? 16_384 : chunkSize;
    const id = `chatcmpl-stub-${++counter}`;
    const created = Math.floor(Date.now() / 1000);
    const chunk = (delta: Record<string, string>, finish: string | null) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model: body.model,
        choices: [
          {
            index: 0,
            delta,
            finish_reason: finish,
            ...(lp.logprobs && delta.content
              ? { logprobs: { content: [stubLogprob(delta.content, lp.topK)] } }
              : {}),
          },
        ],
      })}\n\n`;
    res.writeHead(200, { ...cors(req), 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(chunk({ role: 'assistant', content: '' }, null));
    for (const piece of splitChunks(text, size)) {
      await pause(delay);
      if (closed || res.destroyed) return;
      res.write(chunk({ content: piece }, null));
    }
    res.write(chunk({}, 'stop'));
    res.end('data: [DONE]\n\n');
  }

  async function chat(req: IncomingMessage, res: ServerResponse, value: unknown) {
    const body = toChatBody(value);
    if (!body) {
      sendJson(req, res, 400, errorBody('"messages" must be a list.', 'invalid_request_error', null));
      return;
    }
    if (behavior === 'hang') return; // Never answer; close() drops the socket.
    if (behavior === 'http-401' || behavior === 'http-429' || behavior === 'http-500') {
      const [status, message, type, code] = ERROR_BODIES[behavior];
      sendJson(req, res, status, errorBody(message, type, code));
      return;
    }
    if (behavior === 'malformed') {
      res.writeHead(200, {
        ...cors(req),
        'content-type': body.stream ? 'text/event-stream' : 'application/json',
      });
      res.end(body.stream ? 'data: this is not json\n\ndata: {broken\n\ndata: [DONE]\n\n' : '{broken');
      return;
    }
    const lp = logprobRequest(value);
    const asked = lp.prefix === undefined ? body : { ...body, messages: body.messages.slice(0, -1) };
    const written =
      behavior === 'huge'
        ? HUGE_REPLY
        : options.replyWords !== undefined
          ? longProse(options.replyWords)
          : options.replyChars === undefined
            ? reply(asked)
            : 'x'.repeat(options.replyChars);
    let text = continuation(written, lp.prefix);
    // A hostile cloud ignores max_tokens.
    if (lp.maxTokens !== undefined && behavior !== 'huge')
      text = splitChunks(text, chunkSize).slice(0, lp.maxTokens).join('');
    if (body.stream) return streamChat(req, res, body, text, lp);
    const logprobs = lp.logprobs
      ? { content: splitChunks(text, chunkSize).map((token) => stubLogprob(token, lp.topK)) }
      : null;
    if (behavior === 'slow') await pause(slowDelayMs);
    sendJson(req, res, 200, {
      id: `chatcmpl-stub-${++counter}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, logprobs, finish_reason: 'stop' }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = await readBody(req);
    requests.push({ method: req.method ?? '', path, headers: req.headers, body, time: Date.now() });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors(req));
      res.end();
    } else if (req.method === 'POST' && options.redirectTo) {
      res.writeHead(307, { ...cors(req), location: `${options.redirectTo}${path.replace(/^\/v1/, '')}` });
      res.end();
    } else if (req.method === 'GET' && path === '/v1/models') {
      const data = (options.models ?? ['stub-model']).map((id) => ({
        id,
        object: 'model',
        owned_by: 'stub',
      }));
      sendJson(req, res, 200, { object: 'list', data });
    } else if (req.method === 'POST' && path === '/v1/chat/completions') {
      await chat(req, res, body);
    } else if (
      req.method === 'POST' &&
      path === '/v1/completions' &&
      (options.completions ?? 'logprobs') !== 'none'
    ) {
      if (behavior === 'hang') return;
      if (behavior === 'http-401' || behavior === 'http-429' || behavior === 'http-500') {
        const [status, message, type, code] = ERROR_BODIES[behavior];
        sendJson(req, res, status, errorBody(message, type, code));
        return;
      }
      const model = (body as { model?: unknown } | undefined)?.model;
      sendJson(
        req,
        res,
        200,
        completionBody(body, options.completions ?? 'logprobs', chunkSize, String(model ?? 'stub')),
      );
    } else {
      sendJson(
        req,
        res,
        404,
        errorBody(`No route ${req.method ?? ''} ${path}.`, 'invalid_request_error', null),
      );
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  const { port, close } = await listenOnLoopback(server);

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setBehavior(next, settings) {
      behavior = next;
      if (settings?.slowDelayMs !== undefined) slowDelayMs = settings.slowDelayMs;
    },
    close() {
      closed = true;
      for (const done of [...pauses]) done();
      return close();
    },
  };
}

// ---- Presets -----------------------------------------------------------------------------------

const PLACEHOLDER = /\[[A-Z]+_\d+\]/g;

/** The text of the last user message. */
export function lastUserText(body: ChatBody): string {
  return body.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
}

/**
 * Placeholders of the request, in order of first appearance. Only the "Instruction:" lines count when
 * present, because the sketch prompt's own wording cites [PERSON_1] as an example.
 */
export function placeholdersIn(body: ChatBody): string[] {
  const text = lastUserText(body);
  const lines = text.split('\n').filter((line) => line.startsWith('Instruction:'));
  const scanned = lines.length > 0 ? lines.join('\n') : text;
  return [...new Set(scanned.match(PLACEHOLDER) ?? [])];
}

/** The cloud stand-in's outline: always 10 numbered points; point 3 names every placeholder it was sent. */
export function cloudOutline(body: ChatBody): string {
  const found = placeholdersIn(body);
  const points = [
    'Open with a short, warm greeting.',
    'State the purpose of the message in one sentence.',
    found.length > 0
      ? `Mention ${found.join(', ')} where they matter.`
      : 'Mention the key details of the request.',
    'Explain the background briefly.',
    'Give the most important detail next.',
    'Add one concrete example.',
    'Acknowledge the reader’s help or time.',
    'Say what happens next.',
    'Offer to answer any questions.',
    'Close politely and sign off.',
  ];
  return points.map((point, i) => `${i + 1}. ${point}`).join('\n');
}

/** The lines after the first line `isHeading` accepts, up to the next blank line ([] without one). */
export function blockAfter(text: string, isHeading: (line: string) => boolean): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex(isHeading);
  if (start === -1) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    out.push(line);
  }
  return out;
}

/** The lines after "About me:" up to the next blank line (the private context the local model was given). */
export function aboutMeLines(text: string): string[] {
  return blockAfter(text, (line) => line.trim() === 'About me:');
}

/** The first non-empty line after "Outline to follow:", if the prompt holds an outline. */
export function firstOutlinePoint(text: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === 'Outline to follow:');
  if (start === -1) return undefined;
  // Skips the markers that fence the outline off as data (lib/pipeline/prompts.ts).
  return lines.slice(start + 1).find((line) => line.trim() !== '' && !line.startsWith('<<<'));
}

/**
 * The local stand-in's draft: built from what it was sent, so tests can see what reached it. It repeats
 * the instruction, and the context it was given only when `copyContext` is set (an obedient model
 * steered to leak it; the draft check then holds the draft back), so ordinary drafts insert in one click.
 */
export function localDraft(body: ChatBody, copyContext = false): string {
  const text = lastUserText(body);
  const parts = ['Dear reader,', '', 'This draft was written on this device.'];
  // The instruction as the user wrote it (private values included): what the cloud never sees.
  const asked = text.split('\n').find((line) => line.startsWith('Instruction: '));
  if (asked !== undefined) parts.push('', `As you asked: ${asked.slice('Instruction: '.length)}`);
  const point = firstOutlinePoint(text);
  if (point !== undefined) parts.push('', `Following the outline: ${point}`);
  const about = aboutMeLines(text);
  if (copyContext && about.length > 0) parts.push('', 'What I know about you:', ...about);
  parts.push('', 'Best regards');
  return parts.join('\n');
}

export function startCloudStub(options: Omit<StubOptions, 'reply'> = {}): Promise<Stub> {
  return startStub({ models: ['stub-cloud'], ...options, reply: cloudOutline });
}

export function startLocalStub(
  options: Omit<StubOptions, 'reply'> & { copyContext?: boolean } = {},
): Promise<Stub> {
  const { copyContext = false, ...rest } = options;
  return startStub({ models: ['stub-local'], ...rest, reply: (body) => localDraft(body, copyContext) });
}
