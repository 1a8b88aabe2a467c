/**
 * The CPU engine (wllama: llama.cpp in WebAssembly) in headless Chromium, on a tiny real model built at
 * test time (tests/models/), under the extension's CSP: the engine contract, and the exact greedy text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineSpeed } from '../../lib/engines/speed-estimate';
import { engineContract } from '../unit/engines/engine-contract';
import { tinyModels } from '../models/tiny';
import { TINY_TEXT, TINY_WORDS } from '../models/tiny-spec';
import { openWllamaPage, STALLED_MODEL, type WllamaPage } from './wllama-harness';

const MODEL = '/tiny-llama3.gguf';
let harness: WllamaPage;

beforeAll(async () => {
  const { models } = await tinyModels();
  harness = await openWllamaPage({
    [MODEL]: models.llama3.path,
    '/managed-llama3.gguf': models.llama3.path,
    '/measured-llama3.gguf': models.llama3.path,
  });
}, 300_000);
afterAll(() => harness?.close());

describe('the wllama engine in Chromium, on the tiny Llama 3 model', { timeout: 120_000 }, () => {
  engineContract({
    engine: () => harness.engine(MODEL),
    broken: () => harness.engine('/missing.gguf'),
  });

  it('writes the exact greedy text and stops at the end of turn (greedy unless asked)', async () => {
    const engine = harness.engine(MODEL);
    let text = '';
    for await (const delta of engine.chat({ messages: [{ role: 'user', content: 'Hello' }] })) text += delta;
    expect(text).toBe(TINY_TEXT);
  });

  it('gives the first position the deliberate runner-up as the second candidate', async () => {
    const top = await harness.engine(MODEL).nextTokens({
      messages: [{ role: 'user', content: 'Hello' }],
      prefix: '',
      topK: 3,
    });
    // The first step: "Dear" over "Hi" by the spec's gap (log-odds 2 by default).
    const [first, second] = top;
    expect(first?.text).toBe(TINY_WORDS[0]?.text);
    expect(second?.text).toBe(TINY_WORDS[0]?.alt);
    expect((first?.logprob ?? 0) - (second?.logprob ?? 0)).toBeCloseTo(TINY_WORDS[0]?.gap ?? 2, 1);
  });

  it('continues an assistant prefix: the next token after "Dear" is " Sam"', async () => {
    const top = await harness.engine(MODEL).nextTokens({
      messages: [{ role: 'user', content: 'Hello' }],
      prefix: 'Dear',
      topK: 4,
    });
    expect(top[0]?.text).toBe(TINY_WORDS[1]?.text);
    expect(top[1]?.text).toBe(TINY_WORDS[1]?.alt);
  });

  it('an abort while the model is still downloading answers cancelled at once', async () => {
    const controller = new AbortController();
    const chat = (async () => {
      for await (const _delta of harness
        .engine(STALLED_MODEL)
        .chat({ messages: [], signal: controller.signal }))
        void _delta;
    })();
    const outcome = chat.then(
      () => 'finished',
      (error: { code?: string }) => error.code,
    );
    await expect
      .poll(() => harness.requested.get(STALLED_MODEL) ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(0);
    controller.abort();
    expect(await outcome).toBe('cancelled');
  });

  it('the model manager: not cached, downloaded with progress, cached, deleted; a job after the delete loads it again', async () => {
    const path = '/managed-llama3.gguf';
    const model = `${harness.modelsUrl}${path}`;
    const manage = async (op: 'status' | 'download' | 'delete') => {
      const reply = await harness.page.evaluate(
        ([o, m]) =>
          (
            globalThis as unknown as {
              wllamaTest: { manage(o: string, m: string): Promise<{ value?: unknown }> };
            }
          ).wllamaTest.manage(o, m),
        [op, model] as const,
      );
      expect(reply).not.toHaveProperty('error');
      return reply.value;
    };
    expect(await manage('status')).toBe(false);
    const fractions = (await manage('download')) as number[];
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.some((f) => f > 0 && f < 1)).toBe(true);
    expect(await manage('status')).toBe(true);
    await manage('delete');
    expect(await manage('status')).toBe(false);
    const before = harness.requested.get(path) ?? 0;
    const top = await harness
      .engine(path)
      .nextTokens({ messages: [{ role: 'user', content: 'Hello' }], prefix: '', topK: 2 });
    expect(top[0]?.text).toBe(TINY_WORDS[0]?.text);
    expect(harness.requested.get(path) ?? 0).toBeGreaterThan(before);
  });

  it('the speed test: only on a loaded model, llama.cpp timings of the fixed prompt and 16 tokens, stoppable', async () => {
    const path = '/measured-llama3.gguf';
    const model = `${harness.modelsUrl}${path}`;
    const call = <T>(fn: string, ...args: unknown[]) =>
      harness.page.evaluate(
        ([f, a]) =>
          (
            globalThis as unknown as { wllamaTest: Record<string, (...x: unknown[]) => Promise<T>> }
          ).wllamaTest[f as string]?.(...(a as unknown[])),
        [fn, args] as const,
      ) as Promise<{ value?: T; error?: { code: string } }>;
    // Never downloads: a model not loaded here is not measured.
    expect((await call('speed', model, false)).error?.code).toBe('model-not-downloaded');
    expect(harness.requested.get(path) ?? 0).toBe(0);

    expect(await call('manage', 'download', model)).not.toHaveProperty('error');
    expect((await call('speed', model, true)).error?.code).toBe('cancelled');
    const measured = await call<EngineSpeed>('speed', model, false);
    expect(measured).not.toHaveProperty('error');
    const speed = measured.value;
    expect(speed).toMatchObject({ modelId: model, modelLabel: 'measured-llama3.gguf', decodeTokens: 16 });
    // About 200 tokens of prose plus the run's first line, whatever the vocabulary splits them into.
    expect(speed?.promptTokens).toBeGreaterThan(100);
    expect(speed?.prefillTokensPerSecond).toBeGreaterThan(0);
    expect(speed?.decodeTokensPerSecond).toBeGreaterThan(0);
    expect(speed?.threads).toBeGreaterThanOrEqual(1);
    await call('manage', 'delete', model);
  });
});
