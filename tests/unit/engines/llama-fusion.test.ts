/**
 * Logit-mode fusion on real distributions: the local side is the tiny Llama 3 model behind the
 * local-server engine (chat with an assistant prefix), the cloud side the tiny Qwen2 model behind
 * /v1/completions. Both write the same sentence in different vocabularies, so every position is
 * matched by text across tokenizers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerEngine } from '../../../lib/engines/server-engine';
import { alignTopK } from '../../../lib/fusion/align';
import { completionsProposer } from '../../../lib/fusion/completions-client';
import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { collect } from '../../../lib/fusion/protocol';
import { createRng } from '../../../lib/fusion/rng';
import { speculate } from '../../../lib/fusion/speculative';
import { isEndToken, localSide } from '../../../lib/pipeline/logit-sides';
import { tinyModels } from '../../models/tiny';
import { TINY_TEXT } from '../../models/tiny-spec';
import { startLlamaServer, type LlamaServer } from '../../servers/llama-server';

let server: LlamaServer;

beforeAll(async () => {
  const { models } = await tinyModels();
  server = await startLlamaServer({ models: { llama3: models.llama3.path, qwen2: models.qwen2.path } });
}, 300_000);
afterAll(() => server.close());

function fused(maxTokens: number) {
  const engine = createServerEngine({ baseURL: server.url, model: 'llama3', apiKey: 'local' });
  return collect(
    speculate({
      cloud: completionsProposer({
        baseURL: server.url,
        model: 'qwen2',
        prompt: 'Write the note.\nText:\n',
        temperature: 0,
        topLogprobs: 8,
        tokenizer: 'qwen2',
      }),
      local: localSide(engine, [{ role: 'user', content: 'Thank Sam for approving my leave.' }]),
      weights: DEFAULT_FUSION_WEIGHTS,
      rng: createRng(1),
      maxTokens,
      temperature: 0,
      proposal: 'greedy',
      k: 8,
      isEnd: isEndToken,
    }),
  );
}

// Every position costs a local and a cloud distribution over 128k-152k tokens: seconds per step here.
describe('fusion on two real models of different vocabularies', { timeout: 120_000 }, () => {
  it('accepts the cloud token wherever both vocabularies agree, matching candidates by text', async () => {
    // "Dear Sam, thank you for approving my leave until": ten tokens, the same in both vocabularies.
    const run = await fused(10);
    expect(run.text).toBe('Dear Sam, thank you for approving my leave until');
    expect(run.tokens.map((t) => t.source)).toEqual(Array(10).fill('cloud'));
    expect(run.stats.cloudCalls).toBe(2);
    for (const token of run.tokens) {
      const local = { top: token.sides?.local ?? [], tokenizer: 'llama3' };
      const cloud = { top: token.sides?.cloud ?? [], tokenizer: 'qwen2' };
      const support = alignTopK(local, cloud);
      expect(support.matchedBy).toBe('text');
      // The two models' top and runner-up are the same texts: one entry each, listed by both sides.
      const both = support.entries.filter((e) => e.inLocal && e.inCloud).map((e) => e.text);
      expect(both.slice(0, 2)).toEqual([token.text, expect.any(String)]);
    }
  });

  // Known limitation, found by these models: Llama 3 writes "24" as one token, Qwen2 as "2" + "4". Text
  // matching sees "24" and "2" as unrelated candidates, each at the other side's floor, so the runner-up
  // both sides list (" next", 0.12 each) wins, and the draft leaves the sentence. When alignment learns
  // that "2" is a prefix of "24", this starts passing: turn it into an ordinary test.
  it.fails('keeps the sentence where the vocabularies split a word differently', async () => {
    const run = await fused(13);
    expect(run.text).toBe(TINY_TEXT.slice(0, TINY_TEXT.indexOf(' May') + ' May'.length));
  });
});
