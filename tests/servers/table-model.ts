/**
 * Deterministic n-gram table models with real log-probabilities, and a loopback server that speaks the
 * OpenAI legacy `/v1/completions` API with `logprobs` (top_logprobs), for the logit-mode bench and tests.
 *
 * Rows are derived lazily from a hash of (seed, context), so a model has many contexts and no table to
 * store. `withAgreement` makes a second model that shares a chosen share of rows with the first and
 * draws a fresh row (with another top-1) for the rest: that share is the "agreement" the bench controls.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback';
import { logSumExp, sampleIndex, softmax } from '../../lib/fusion/logmath';
import { createRng } from '../../lib/fusion/rng';
import type { Rng } from '../../lib/fusion/types';

export interface TableModel {
  vocab: string[];
  contextLength: number;
  /** Normalised log-probabilities over `vocab` after the given context (its last tokens). */
  row(context: readonly string[]): number[];
}

export interface TableModelOptions {
  seed: number;
  vocabSize?: number;
  /** Spread of the random logits: larger means more peaked rows. */
  sharpness?: number;
  contextLength?: number;
}

/** FNV-1a, enough to turn (seed, context) into a row seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function randomRow(rng: Rng, size: number, sharpness: number): number[] {
  // Sum of three uniforms: a cheap bell-shaped logit, so a few tokens stand out per row.
  const logits = Array.from({ length: size }, () => (rng() + rng() + rng() - 1.5) * sharpness);
  const norm = logSumExp(logits);
  return logits.map((l) => l - norm);
}

function argmax(values: readonly number[]): number {
  return values.reduce((best, v, i) => (v > (values[best] ?? -Infinity) ? i : best), 0);
}

function cached(compute: (key: string) => number[]): (key: string) => number[] {
  const cache = new Map<string, number[]>();
  return (key) => {
    let row = cache.get(key);
    if (!row) cache.set(key, (row = compute(key)));
    return row;
  };
}

export function createTableModel(options: TableModelOptions): TableModel {
  const size = options.vocabSize ?? 32;
  const sharpness = options.sharpness ?? 3;
  const vocab = Array.from({ length: size }, (_, i) => ` w${i}`);
  const contextLength = options.contextLength ?? 2;
  const rowFor = cached((key) => randomRow(createRng(hash(`${options.seed}|${key}`)), size, sharpness));
  return { vocab, contextLength, row: (context) => rowFor(context.slice(-contextLength).join('')) };
}

export interface AgreeingModel extends TableModel {
  /** True where this model's row is the base model's row. */
  agrees(context: readonly string[]): boolean;
}

/** A model that equals `base` on a share `agreement` of contexts and has another top-1 elsewhere. */
export function withAgreement(base: TableModel, agreement: number, seed: number): AgreeingModel {
  const keyOf = (context: readonly string[]) => context.slice(-base.contextLength).join('');
  const agrees = (context: readonly string[]) =>
    createRng(hash(`agree|${seed}|${keyOf(context)}`))() < agreement;
  const other = cached((key) => {
    const rng = createRng(hash(`other|${seed}|${key}`));
    const baseTop = argmax(base.row([key]));
    for (;;) {
      const row = randomRow(rng, base.vocab.length, 3);
      if (argmax(row) !== baseTop) return row;
    }
  });
  return {
    ...base,
    agrees,
    row: (context) => (agrees(context) ? base.row(context) : other(keyOf(context))),
  };
}

/** Splits text into the models' tokens: each word with its leading space. */
export function tokenize(text: string): string[] {
  return text.match(/ *[^ ]+/g) ?? [];
}

/** Indices of the n most likely tokens, most likely first. */
export function topIndices(row: readonly number[], n: number): number[] {
  return row
    .map((lp, i) => ({ lp, i }))
    .sort((a, b) => b.lp - a.lp || a.i - b.i)
    .slice(0, n)
    .map((e) => e.i);
}

/** Draws the next token index from the row restricted to its top-k, at a temperature (0 = greedy). */
export function draw(row: readonly number[], topK: number, temperature: number, rng: Rng): number {
  const ids = topIndices(row, topK > 0 ? topK : row.length);
  return (
    ids[
      sampleIndex(
        softmax(
          ids.map((i) => row[i] ?? -Infinity),
          temperature,
        ),
        rng,
      )
    ] ?? 0
  );
}

export interface TableServer {
  /** Base URL including /v1. */
  url: string;
  /** Completion requests answered so far. */
  calls: number;
  close(): Promise<void>;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function complete(model: TableModel, body: Record<string, unknown>) {
  const context = tokenize(typeof body.prompt === 'string' ? body.prompt : '');
  const maxTokens = Math.min(64, Math.max(1, num(body.max_tokens, 16)));
  const n = Math.min(20, Math.max(1, num(body.logprobs, 5)));
  const rng = createRng(num(body.seed, 0));
  const tokens: string[] = [];
  const tokenLogprobs: number[] = [];
  const tops: Record<string, number>[] = [];
  for (let t = 0; t < maxTokens; t++) {
    const row = model.row(context);
    const next = draw(row, num(body.top_k, 0), num(body.temperature, 1), rng);
    const text = model.vocab[next] ?? '';
    tokens.push(text);
    tokenLogprobs.push(row[next] ?? -Infinity);
    tops.push(Object.fromEntries(topIndices(row, n).map((i) => [model.vocab[i] ?? '', row[i] ?? -Infinity])));
    context.push(text);
  }
  return {
    id: 'cmpl-table',
    object: 'text_completion',
    created: 0,
    model: typeof body.model === 'string' ? body.model : 'table',
    choices: [
      {
        index: 0,
        text: tokens.join(''),
        logprobs: { tokens, token_logprobs: tokenLogprobs, top_logprobs: tops, text_offset: [] },
        finish_reason: 'length',
      },
    ],
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** Serves `model` on 127.0.0.1 at a random port; `latencyMs` stands in for a network round trip. */
export async function startTableServer(model: TableModel, options: { latencyMs?: number } = {}) {
  const state = { calls: 0 };
  const send = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/completions') return send(res, 404, { error: 'not found' });
    readBody(req).then(
      (body) => {
        state.calls += 1;
        const reply = complete(
          model,
          typeof body === 'object' && body ? (body as Record<string, unknown>) : {},
        );
        if (options.latencyMs) setTimeout(() => send(res, 200, reply), options.latencyMs);
        else send(res, 200, reply);
      },
      () => send(res, 400, { error: { message: 'Body is not JSON.' } }),
    );
  });
  const { port, close } = await listenOnLoopback(server);
  const result: TableServer = {
    url: `http://127.0.0.1:${port}/v1`,
    get calls() {
      return state.calls;
    },
    close,
  };
  return result;
}
