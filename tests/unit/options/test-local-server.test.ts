import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testLocalServer } from '../../../lib/options/test-local-server';
import { tinyModels } from '../../models/tiny';
import { startLlamaServer, type LlamaServer } from '../../servers/llama-server';

let server: LlamaServer;
beforeAll(async () => {
  const { models } = await tinyModels();
  server = await startLlamaServer({ models: { 'tiny-llama3': models.llama3.path } });
}, 300_000);
afterAll(() => server.close());

// A real llama.cpp server with a tiny model on a shared two-core machine: seconds, not milliseconds.
describe('Test connection for the local model server', { timeout: 120_000 }, () => {
  it('passes on a server that writes with the chosen model', async () => {
    const result = await testLocalServer({ baseURL: server.url, model: 'tiny-llama3', apiKey: 'local' });
    expect(result).toMatchObject({ ok: true });
    expect(result.line).toContain('writes');
  });

  it('fails with a reason when nothing listens at the address', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const result = await testLocalServer({
      baseURL: 'http://127.0.0.1:9/v1',
      model: 'none',
      apiKey: 'local',
    });
    expect(result.ok).toBe(false);
    expect(result.line).toContain('http://127.0.0.1:9/v1');
  });

  it('refuses an address that is not on this device, sending nothing', async () => {
    const result = await testLocalServer({ baseURL: 'https://example.com/v1', model: 'm', apiKey: 'k' });
    expect(result.ok).toBe(false);
    expect(result.line).toContain('https://example.com/v1');
  });
});
