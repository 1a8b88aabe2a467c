/**
 * Logit mode with the CPU engine as the local model: wllama runs the tiny Llama 3 model in the engine
 * host (the offscreen document) and gives each step's distribution; llama.cpp serves the tiny Qwen2
 * model as the "cloud" (legacy completions with log-probabilities). Two real models, two vocabularies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyModels } from '../models/tiny';
import { TINY_TEXT } from '../models/tiny-spec';
import { startLlamaServer, type LlamaServer } from '../servers/llama-server';
import { expectNoPrivateValue, reviewedPanel } from './harness/flows';
import { useSuite } from './harness/suite';
import { serveGguf, useCpuEngine } from './wllama-settings';

const s = useSuite({ mode: 'logit' });
let llama: LlamaServer;
let closeGguf: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const { models } = await tinyModels();
  llama = await startLlamaServer({ models: { qwen2: models.qwen2.path } });
  const gguf = await serveGguf(models.llama3.path);
  closeGguf = gguf.close;
  // The local server stays the suite's stand-in; the CPU engine replaces it below.
  await s.options.setEndpoints({ cloudUrl: llama.url, cloudModel: 'qwen2', localUrl: s.local.url });
  await s.options.page.getByTestId('test-connection').click();
  await s.options.page.getByTestId('probe').filter({ hasText: 'Logit mode is available' }).waitFor();
  await useCpuEngine(s.options.page, gguf.url);
}, 300_000);
afterAll(async () => {
  await llama?.close();
  await closeGguf?.();
});

describe('logit mode with the CPU engine as the local model and llama.cpp as the cloud', () => {
  it('fuses them into the exact text, and no cloud round carries a private value', async () => {
    const { page, panel } = await reviewedPanel(s);
    await panel.getByTestId('send').click();
    await panel
      .locator('[data-testid="error"][data-code="model-not-downloaded"]')
      .waitFor({ timeout: 60_000 });
    await panel.getByTestId('download-model').click();
    await panel.getByTestId('insert').waitFor({ timeout: 180_000 });

    expect((await panel.getByTestId('draft').innerText()).trim()).toBe(TINY_TEXT);
    const rounds = llama.requests.filter((r) => r.path === '/v1/completions');
    expect(rounds.length).toBeGreaterThan(1);
    expectNoPrivateValue(rounds.map((r) => r.body));
    // Qwen2 splits "24" where Llama 3 keeps it whole: the rounds continued across the two tokenizations.
    expect(rounds.some((r) => String((r.body as { prompt?: unknown }).prompt).endsWith('until 24'))).toBe(
      true,
    );
    // The local side was the CPU engine: the loopback stand-in was never asked, and llama.cpp (the
    // cloud) chatted only for Test connection, never with the private context.
    const chats = llama.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(JSON.stringify(chats)).not.toContain('Martin Reynolds');
    expect(s.local.requests.filter((r) => r.method === 'POST')).toEqual([]);
    await page.close();
  });
});
