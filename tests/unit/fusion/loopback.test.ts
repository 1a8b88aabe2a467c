import { completionsLocal, completionsProposer } from '../../../lib/engines/completions-client';
import { DEFAULT_FUSION_WEIGHTS } from '../../../lib/fusion/default-weights';
import { collect } from '../../../lib/fusion/driver';
import { createRng } from '../../../lib/fusion/rng';
import { speculate } from '../../../lib/fusion/speculative';
import {
  createTableModel,
  startTableServer,
  withAgreement,
  type TableServer,
} from '../../servers/table-model';

const base = createTableModel({ seed: 3 });
let local: TableServer;
let cloud: TableServer;

beforeAll(async () => {
  local = await startTableServer(base);
  cloud = await startTableServer(withAgreement(base, 0.8, 4));
});
afterAll(async () => {
  await Promise.all([local.close(), cloud.close()]);
});

describe('table models over loopback /v1/completions', () => {
  test('rows are normalised log-probabilities, and agreement is close to the share asked for', () => {
    const row = base.row([' w1', ' w2']);
    expect(row.reduce((s, lp) => s + Math.exp(lp), 0)).toBeCloseTo(1, 12);
    const other = withAgreement(base, 0.8, 4);
    let agree = 0;
    for (let i = 0; i < 1000; i++) if (other.agrees([` w${i % 32}`, ` w${Math.floor(i / 32)}`])) agree++;
    expect(agree / 1000).toBeGreaterThan(0.75);
    expect(agree / 1000).toBeLessThan(0.85);
  });

  test('the client reads k steps with their top log-probabilities', async () => {
    const proposer = completionsProposer({
      baseURL: cloud.url,
      model: 't',
      prompt: ' w1 w2',
      topLogprobs: 4,
    });
    const steps = await proposer.propose(' w3', 5);
    expect(steps).toHaveLength(5);
    for (const s of steps) {
      expect(s.top).toHaveLength(4);
      expect(s.top.map((c) => c.text)).toContain(s.token.text);
      expect(s.top[0]?.logprob).toBeGreaterThanOrEqual(s.top[3]?.logprob ?? 0);
    }
  });

  test('a speculative run needs far fewer cloud calls than tokens', async () => {
    const common = { model: 't', prompt: ' w1 w2', topLogprobs: 8, tokenizer: 'table' };
    const rng = createRng(1);
    const before = cloud.calls;
    const run = await collect(
      speculate({
        cloud: completionsProposer({ ...common, baseURL: cloud.url, rng }),
        local: completionsLocal({ ...common, baseURL: local.url }),
        weights: DEFAULT_FUSION_WEIGHTS,
        rng,
        maxTokens: 60,
        k: 8,
      }),
    );
    expect(run.stats.tokens).toBe(60);
    expect(cloud.calls - before).toBe(run.stats.cloudCalls);
    expect(run.stats.cloudCalls / run.stats.tokens).toBeLessThan(0.4);
  });

  test('an endpoint without log-probabilities is refused with a clear error', async () => {
    const proposer = completionsProposer({ baseURL: `${local.url}/nowhere`, model: 't', prompt: '' });
    await expect(proposer.propose('', 2)).rejects.toThrow('HTTP 404');
  });
});
