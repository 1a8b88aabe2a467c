import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { fuseStep } from '../../../lib/fusion/fuse';
import { argmax } from '../../../lib/fusion/logmath';
import { collect, type CloudProposer, type PrivacyView } from '../../../lib/fusion/driver';
import { createRng } from '../../../lib/fusion/rng';
import { speculate } from '../../../lib/fusion/speculative';
import { stepwise } from '../../../lib/fusion/stepwise';
import type { TopK } from '../../../lib/fusion/types';
import { tableCloud, tableLocal, top } from './helpers';

// Local and cloud favour the same next letter except after 'c', where the sure local side wins.
const NEXT: Record<string, string> = { '': 'a', a: 'b', b: 'c', c: 'd', d: 'a' };
const localTable = (text: string): TopK => {
  const next = NEXT[text.at(-1) ?? ''] ?? 'a';
  return top({ [next]: 0.9, x: 0.05 });
};
const cloudTable = (text: string): TopK => {
  const last = text.at(-1) ?? '';
  return last === 'c' ? top({ y: 0.5, [NEXT[last] ?? 'a']: 0.3 }) : top({ [NEXT[last] ?? 'a']: 0.6, x: 0.3 });
};

/** The greedy fused continuation, computed step by step without the protocol. */
function fusedGreedy(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const fused = fuseStep({ top: localTable(text) }, { top: cloudTable(text) }, DEFAULT_FUSION_WEIGHTS);
    text += fused.support.entries[argmax(fused.logits)]?.text ?? '';
  }
  return text;
}

describe('speculative driver', () => {
  test('temperature 0: accepts while the fused argmax equals the cloud token', async () => {
    const expected = fusedGreedy(12);
    for (const seed of [1, 2]) {
      const cloud = tableCloud(cloudTable, createRng(seed), 0);
      const run = await collect(
        speculate({
          cloud,
          local: tableLocal(localTable),
          weights: DEFAULT_FUSION_WEIGHTS,
          rng: createRng(seed),
          maxTokens: 12,
          k: 8,
          temperature: 0,
        }),
      );
      expect(run.text).toBe(expected);
      // The cloud's greedy 'y' after every 'c' is the only disagreement: it is rejected, 'd' is emitted.
      expect(run.tokens.filter((t) => t.source === 'fused').map((t) => t.text)).toEqual(['d', 'd', 'd']);
      expect(run.stats.proposed - run.stats.accepted).toBe(3);
      // Rounds of 8, 8 and the last 4 tokens: each ends at a rejection (4 + 4 + 4 tokens).
      expect(run.stats.cloudCalls).toBe(3);
    }
    const reference = await collect(
      stepwise({
        cloud: tableCloud(cloudTable, createRng(3), 0),
        local: tableLocal(localTable),
        weights: DEFAULT_FUSION_WEIGHTS,
        rng: createRng(3),
        maxTokens: 12,
        temperature: 0,
      }),
    );
    expect(reference.text).toBe(expected);
    expect(reference.stats.cloudCalls).toBe(12);
  });

  test('privacy view: the local side decides alone right after a private value', async () => {
    const names: Record<string, Record<string, number>> = {
      '': { ' Dear': 0.9 },
      ' Dear': { ' Martin': 0.95 },
      ' Martin': { ',': 0.9, ' and': 0.05 },
      ',': { ' thanks': 0.9 },
      ' thanks': { '.': 0.9 },
      '.': { ' Dear': 0.9 },
    };
    const lastWord = (text: string) => /( ?[^ ,.]+|[,.])$/.exec(text)?.[1] ?? '';
    const local = tableLocal((text) => top(names[lastWord(text)] ?? { '.': 0.9 }));
    const cloud = tableCloud(
      (text) =>
        top(
          text.endsWith(' Dear') ? { ' Sir': 0.6, ' all': 0.3 } : (names[lastWord(text)] ?? { ' and': 0.5 }),
        ),
      createRng(1),
      0,
    );
    const view: PrivacyView = (text) => ({
      cloudPrefix: text.replaceAll(' Martin', ' [PERSON_1]'),
      diverges: text.endsWith(' Martin'),
    });
    const run = await collect(
      speculate({
        cloud,
        local,
        weights: DEFAULT_FUSION_WEIGHTS,
        rng: createRng(1),
        maxTokens: 6,
        temperature: 0,
        privacyView: view,
      }),
    );
    expect(run.text).toBe(' Dear Martin, thanks. Dear');
    expect(run.tokens[2]).toEqual({ text: ',', source: 'local', w: 1 });
    expect(run.stats.privateSteps).toBe(1);
    // One round proposes ' Dear ␣Sir …'; ' Sir' is rejected for ' Martin'; the next call sees a placeholder.
    expect(cloud.seen).toEqual(['', ' Dear [PERSON_1],']);
    expect(cloud.seen.join('|')).not.toContain('Martin');
  });

  test('when the cloud has nothing more, the local side finishes alone without further calls', async () => {
    let calls = 0;
    const silent: CloudProposer = { propose: async () => (calls++, []) };
    const run = await collect(
      speculate({
        cloud: silent,
        local: tableLocal(localTable),
        weights: DEFAULT_FUSION_WEIGHTS,
        rng: createRng(1),
        maxTokens: 5,
        temperature: 0,
        isEnd: (t) => t === 'd',
      }),
    );
    expect(run.text).toBe('abcd');
    expect(run.tokens.every((t) => t.source === 'local')).toBe(true);
    expect(calls).toBe(1);
  });

  test('asks for no more tokens than it still needs, and stops when aborted', async () => {
    const cloud = tableCloud(cloudTable, createRng(1), 0);
    const asked: number[] = [];
    const counting: CloudProposer = { propose: (p, k) => (asked.push(k), cloud.propose(p, k)) };
    const common = { local: tableLocal(localTable), weights: DEFAULT_FUSION_WEIGHTS, rng: createRng(1) };
    await collect(speculate({ ...common, cloud: counting, maxTokens: 5, k: 8, temperature: 0 }));
    expect(asked[0]).toBe(5);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      collect(speculate({ ...common, cloud, maxTokens: 5, signal: controller.signal })),
    ).rejects.toThrow('stop');
  });
});
