import { resetDbConnection } from '../../../lib/db';
import { AppError, type ErrorCode } from '../../../lib/errors';
import {
  ENDPOINT_FALLBACK,
  loadEndpoints,
  saveEndpoints,
  updateEndpoints,
  validateEndpoints,
  type EndpointSettings,
} from '../../../lib/settings/endpoints';
import { openDb } from '../../../lib/db';
import { useFreshIndexedDb } from '../idb';

useFreshIndexedDb();

const GOOD: EndpointSettings = {
  version: 1,
  cloud: { baseURL: 'https://api.example.com/v1', apiKey: 'sk-1', model: 'big', timeoutMs: 30_000 },
  localEngine: 'server',
  webllmModel: '',
  localServer: { baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKey: '' },
};

function withCloud(cloud: Partial<EndpointSettings['cloud']>): EndpointSettings {
  return { ...GOOD, cloud: { ...GOOD.cloud, ...cloud } };
}
function withLocal(baseURL: string): EndpointSettings {
  return { ...GOOD, localServer: { ...GOOD.localServer, baseURL } };
}

describe('validateEndpoints', () => {
  it.each<[string, EndpointSettings]>([
    ['good settings', GOOD],
    ['the fallback', ENDPOINT_FALLBACK],
    ['an empty cloud URL (not configured yet)', withCloud({ baseURL: '' })],
    ['an http cloud URL', withCloud({ baseURL: 'http://10.0.0.2:8000/v1' })],
    ['timeouts at the bounds', withCloud({ timeoutMs: 1000 })],
    ['timeouts at the upper bound', withCloud({ timeoutMs: 600_000 })],
  ])('accepts %s', (_label, settings) => {
    expect(validateEndpoints(settings)).toBe(settings);
  });

  it.each<[string, EndpointSettings, ErrorCode]>([
    ['a cloud URL that is not a URL', withCloud({ baseURL: 'api.example.com' }), 'settings-invalid'],
    ['a ftp cloud URL', withCloud({ baseURL: 'ftp://example.com' }), 'settings-invalid'],
    ['a timeout under 1 s', withCloud({ timeoutMs: 999 }), 'settings-invalid'],
    ['a timeout over 600 s', withCloud({ timeoutMs: 600_001 }), 'settings-invalid'],
    ['a NaN timeout', withCloud({ timeoutMs: Number.NaN }), 'settings-invalid'],
    ['an empty local URL', withLocal(''), 'settings-invalid'],
    ['a local URL on the LAN', withLocal('http://192.168.1.5:11434/v1'), 'local-not-loopback'],
    ['a local URL in the cloud', withLocal('https://api.example.com/v1'), 'local-not-loopback'],
  ])('rejects %s with %s', (_label, settings, code) => {
    expect(() => validateEndpoints(settings)).toThrow(AppError);
    expect(() => validateEndpoints(settings)).toThrow(expect.objectContaining({ code }));
  });
});

describe('loadEndpoints / saveEndpoints', () => {
  it('gives the fallback (Ollama on localhost) before anything is saved', async () => {
    const loaded = await loadEndpoints();
    expect(loaded).toEqual(ENDPOINT_FALLBACK);
    expect(loaded.localServer.baseURL).toBe('http://localhost:11434/v1');
  });

  it('saves and loads, also through a new connection', async () => {
    await saveEndpoints(GOOD);
    resetDbConnection();
    expect(await loadEndpoints()).toEqual(GOOD);
  });

  it('a bad form never replaces working settings', async () => {
    await saveEndpoints(GOOD);
    await expect(saveEndpoints(withLocal('http://evil.example/v1'))).rejects.toMatchObject({
      code: 'local-not-loopback',
    });
    expect(await loadEndpoints()).toEqual(GOOD);
  });

  it('fills fields missing from older stored settings from the fallback', async () => {
    const db = await openDb();
    const old = {
      version: 1,
      cloud: { baseURL: 'https://a.example/v1', apiKey: 'k', model: 'm' },
      localServer: {},
    };
    // Simulates a record written by an older version, which lacked some fields.
    await db.put('settings', old as unknown as EndpointSettings, 'endpoints');
    expect(await loadEndpoints()).toEqual({
      version: 1,
      cloud: { baseURL: 'https://a.example/v1', apiKey: 'k', model: 'm', timeoutMs: 60_000 },
      localEngine: 'webllm',
      webllmModel: '',
      localServer: ENDPOINT_FALLBACK.localServer,
    });
  });
});

describe('updateEndpoints', () => {
  it('changes only the given fields and keeps what another section saved', async () => {
    await saveEndpoints(GOOD);
    await updateEndpoints({ localEngine: 'webllm', webllmModel: 'm' });
    await updateEndpoints({ recordFusionTraces: true });
    expect(await loadEndpoints()).toEqual({
      ...GOOD,
      localEngine: 'webllm',
      webllmModel: 'm',
      recordFusionTraces: true,
    });
  });

  it('changes nothing when the result would be invalid', async () => {
    await saveEndpoints(GOOD);
    await expect(
      updateEndpoints({ localServer: { ...GOOD.localServer, baseURL: 'http://10.0.0.5/v1' } }),
    ).rejects.toMatchObject({ code: 'local-not-loopback' });
    expect(await loadEndpoints()).toEqual(GOOD);
  });
});
