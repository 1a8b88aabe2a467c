import { afterAll, beforeAll, describe } from 'vitest';
import { createServerEngine } from '../../../lib/engines/server-engine';
import { startLocalStub, type Stub } from '../../servers/openai-stub';
import { engineContract } from './engine-contract';

let stub: Stub;
beforeAll(async () => {
  stub = await startLocalStub({ chunkDelayMs: 2 });
});
afterAll(() => stub.close());

describe('LocalEngine contract: loopback server engine', () => {
  engineContract({
    engine: () => createServerEngine({ baseURL: stub.url, model: 'stub-local', apiKey: 'local' }),
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    broken: () => createServerEngine({ baseURL: 'http://127.0.0.1:9/v1', model: 'none', apiKey: 'local' }),
  });
});
