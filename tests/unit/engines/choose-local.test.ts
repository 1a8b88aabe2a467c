import { chooseLocalEngine } from '../../../lib/engines/choose-local';
import { ENDPOINT_FALLBACK } from '../../../lib/settings/endpoints';

const quiet = { allowDownload: false, onProgress: () => undefined };

describe('chooseLocalEngine', () => {
  it('gives the loopback server engine when the settings choose it', async () => {
    const engine = await chooseLocalEngine({ ...ENDPOINT_FALLBACK, localEngine: 'server' }, quiet);
    expect(engine.kind).toBe('server');
  });

  it('says WebGPU is unavailable when no model is chosen and none fits this device (Node has no GPU)', async () => {
    await expect(
      chooseLocalEngine({ ...ENDPOINT_FALLBACK, localEngine: 'webllm' }, quiet),
    ).rejects.toMatchObject({
      code: 'webgpu-unavailable',
    });
  });
});
