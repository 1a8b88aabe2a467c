/**
 * npm run bench:logit [-- --tokens N --cloud-latency-ms MS --temperature T --seed S]
 *
 * Runs speculative logit mode between two loopback table models (tests/servers/table-model.ts) with
 * controlled agreement, for k = 1, 4, 8 and agreement 50/80/95 %, and prints cloud calls per generated
 * token, tokens per second and acceptance rate; the last line is the whole table as JSON. Everything
 * binds to 127.0.0.1 and every loop is bounded by --tokens.
 */
import { parseArgs } from 'node:util';
import { completionsLocal, completionsProposer } from '../lib/engines/completions-client';
import { DEFAULT_FUSION_WEIGHTS } from '../lib/fusion/default-weights';
import { collect } from '../lib/fusion/driver';
import { createRng } from '../lib/fusion/rng';
import { speculate } from '../lib/fusion/speculative';
import { createTableModel, startTableServer, withAgreement } from '../tests/servers/table-model';

const { values } = parseArgs({
  options: {
    tokens: { type: 'string', default: '200' },
    'cloud-latency-ms': { type: 'string', default: '10' },
    temperature: { type: 'string', default: '1' },
    seed: { type: 'string', default: '7' },
  },
});
const tokens = Math.min(5000, Math.max(1, Number(values.tokens)));
const latencyMs = Math.max(0, Number(values['cloud-latency-ms']));
const temperature = Math.max(0, Number(values.temperature));
const seed = Number(values.seed);
const KS = [1, 4, 8];
const AGREEMENTS = [0.5, 0.8, 0.95];
const PROMPT = ' w1 w2';

interface Row {
  agreement: number;
  k: number;
  tokens: number;
  cloudCalls: number;
  cloudCallsPerToken: number;
  tokensPerSecond: number;
  acceptanceRate: number;
}

async function benchAgreement(agreement: number): Promise<Row[]> {
  const base = createTableModel({ seed });
  const localServer = await startTableServer(base);
  const cloudServer = await startTableServer(withAgreement(base, agreement, seed + 1), { latencyMs });
  const rows: Row[] = [];
  try {
    for (const k of KS) {
      const common = {
        model: 'table',
        prompt: PROMPT,
        topLogprobs: 8,
        temperature,
        tokenizer: 'table-words',
      };
      const rng = createRng(seed * 1000 + k);
      const started = performance.now();
      const { stats } = await collect(
        speculate({
          cloud: completionsProposer({ ...common, baseURL: cloudServer.url, rng, timeoutMs: 10_000 }),
          local: completionsLocal({ ...common, baseURL: localServer.url, timeoutMs: 10_000 }),
          weights: DEFAULT_FUSION_WEIGHTS,
          rng,
          k,
          temperature,
          maxTokens: tokens,
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      rows.push({
        agreement,
        k,
        tokens: stats.tokens,
        cloudCalls: stats.cloudCalls,
        cloudCallsPerToken: round(stats.cloudCalls / stats.tokens),
        tokensPerSecond: round(stats.tokens / seconds, 1),
        acceptanceRate: round(stats.proposed === 0 ? 0 : stats.accepted / stats.proposed),
      });
    }
  } finally {
    await Promise.all([localServer.close(), cloudServer.close()]);
  }
  return rows;
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

const table: Row[] = [];
for (const agreement of AGREEMENTS) table.push(...(await benchAgreement(agreement)));

console.log(
  `logit mode, speculative rounds: ${tokens} tokens per cell, cloud latency ${latencyMs} ms, temperature ${temperature}`,
);
console.log('agreement  k  cloud calls/token  tokens/s  acceptance');
for (const r of table)
  console.log(
    `${`${r.agreement * 100}%`.padStart(9)} ${String(r.k).padStart(2)} ${r.cloudCallsPerToken
      .toFixed(3)
      .padStart(18)} ${r.tokensPerSecond.toFixed(1).padStart(9)} ${r.acceptanceRate.toFixed(3).padStart(11)}`,
  );
const target = table.find((r) => r.agreement === 0.8 && r.k === 8);
console.log(
  `target ≤ 0.3 cloud calls/token at 80 % agreement, k = 8: ${target?.cloudCallsPerToken ?? 'n/a'} ${
    target && target.cloudCallsPerToken <= 0.3 ? '(met)' : '(NOT met)'
  }`,
);
console.log(JSON.stringify({ bench: 'logit', tokens, latencyMs, temperature, seed, rows: table }));
