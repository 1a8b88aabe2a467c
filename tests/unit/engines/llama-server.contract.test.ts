import { afterAll, beforeAll, describe } from 'vitest';
import { createServerEngine } from '../../../lib/engines/server-engine';
import { tinyModels } from '../../models/tiny';
import { startLlamaServer, type LlamaServer } from '../../servers/llama-server';
import { engineContract } from './engine-contract';

let server: LlamaServer;
beforeAll(async () => {
  const { models } = await tinyModels();
  server = await startLlamaServer({ models: { 'tiny-llama3': models.llama3.path } });
}, 300_000);
afterAll(() => server.close());

// Real inference on a shared two-core machine: each step's full distribution (128k tokens) crosses from
// C++ to JS, so a reply with top-k takes seconds, not milliseconds.
describe(
  'LocalEngine contract: local-server engine on real llama.cpp (tiny Llama 3)',
  { timeout: 60_000 },
  () => {
    engineContract({
      engine: () => createServerEngine({ baseURL: server.url, model: 'tiny-llama3', apiKey: 'local' }),
      // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
      broken: () => createServerEngine({ baseURL: 'http://127.0.0.1:9/v1', model: 'none', apiKey: 'local' }),
    });
  },
);
