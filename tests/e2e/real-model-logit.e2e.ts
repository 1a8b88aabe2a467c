/**
 * Logit mode with two real models of different vocabularies: llama.cpp serves the tiny Llama 3 model as
 * the local model (chat, with the private context) and the tiny Qwen2 model as the "cloud" (legacy
 * completions with log-probabilities). Both write the same sentence, split into different tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyModels } from '../models/tiny';
import { TINY_TEXT } from '../models/tiny-spec';
import { startLlamaServer, type LlamaServer } from '../servers/llama-server';
import { expectNoPrivateValue, reviewedPanel } from './harness/flows';
import { useSuite } from './harness/suite';

const s = useSuite({ mode: 'logit' });
let llama: LlamaServer;

beforeAll(async () => {
  const { models } = await tinyModels();
  llama = await startLlamaServer({ models: { llama3: models.llama3.path, qwen2: models.qwen2.path } });
  await s.options.setEndpoints({
    cloudUrl: llama.url,
    cloudModel: 'qwen2',
    localUrl: llama.url,
    localModel: 'llama3',
  });
  await s.options.page.getByTestId('test-connection').click();
  await s.options.page.getByTestId('probe').filter({ hasText: 'Logit mode is available' }).waitFor();
}, 300_000);
afterAll(() => llama?.close());

function bodiesOf(path: string): Record<string, unknown>[] {
  return llama.requests.filter((r) => r.path === path).map((r) => r.body as Record<string, unknown>);
}

describe('logit mode with two real llama.cpp models of different vocabularies', () => {
  it('fuses them into the exact text, aligning across tokenizers, and no cloud round carries a private value', async () => {
    const { page, panel } = await reviewedPanel(s);
    const roundsBefore = bodiesOf('/v1/completions').length;
    await panel.getByTestId('send').click();
    // Every step costs a local and a cloud distribution over the whole vocabulary on a shared CPU.
    await panel.getByTestId('insert').waitFor({ timeout: 180_000 });

    expect((await panel.getByTestId('draft').innerText()).trim()).toBe(TINY_TEXT);
    expect(await panel.getByTestId('notice').count()).toBe(0);

    const rounds = bodiesOf('/v1/completions').slice(roundsBefore);
    expect(rounds.length).toBeGreaterThan(1);
    expectNoPrivateValue(rounds);
    // Qwen2 proposed "2" where Llama 3 writes "24": the fused step took the local token and the next
    // cloud round continued from it, across the two tokenizations.
    expect(rounds.some((r) => String(r.prompt).endsWith('until 24'))).toBe(true);
    // The local model, and only it, was given the private context.
    expect(JSON.stringify(bodiesOf('/v1/chat/completions').at(-1))).toContain('Martin Reynolds');
    await page.close();
  });
});
