/**
 * Logit-mode fusion on real distributions: the local side is the tiny Llama 3 model behind the
 * local-server engine (chat with an assistant prefix), the cloud side the tiny Qwen2 model behind
 * /v1/completions. Both write the same sentence in different vocabularies, so every position is
 * matched by text across tokenizers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerEngine } from '../../../lib/engines/server-engine';
import { alignTopK } from '../../../lib/fusion/align';
import { completionsProposer } from '../../../lib/engines/completions-client';
import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { collect } from '../../../lib/fusion/driver';
import { createRng } from '../../../lib/fusion/rng';
import { speculate } from '../../../lib/fusion/speculative';
import { END_OF_TEXT, isEndToken, localSide } from '../../../lib/pipeline/logit-sides';
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

  it('takes the local whole-word token where the vocabularies split a word, then ends with the turn', async () => {
    const run = await fused(40);
    // Both servers end the turn as llama.cpp does: the end token is not among the returned tokens, and
    // the local side reads an empty distribution as the end of the text.
    expect(run.text).toBe(TINY_TEXT + END_OF_TEXT);
    // The cloud proposed Qwen2's "2"; the fused choice is Llama 3's "24", and the next round continues
    // from it (Qwen2 reads it back as "2" + "4" and proposes " May").
    const split = run.tokens.find((t) => t.text === '24');
    expect(split?.source).toBe('fused');
    expect(split?.sides?.cloud[0]?.text).toBe('2');
    expect(run.tokens.at(-1)?.source).toBe('local');
  });
});
