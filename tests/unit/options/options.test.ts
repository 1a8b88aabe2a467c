import { readiness } from '../../../lib/options/readiness';
import { sectionOf } from '../../../lib/options/sections';
import { siteRows } from '../../../lib/options/sites';
import { ENDPOINT_FALLBACK } from '../../../lib/settings/endpoints';
import { EMPTY_CONTEXT } from '../../../lib/context/types';

describe('sectionOf', () => {
  it.each([
    ['', 'setup'],
    ['#sites', 'sites'],
    ['#context/fact-3', 'context'],
    ['#nowhere', 'setup'],
  ])('%j → %s', (hash, section) => {
    expect(sectionOf(hash)).toBe(section);
  });
});

describe('siteRows', () => {
  it('lists sites with a mode or the button off, once each, sorted, without the new-site default', () => {
    expect(
      siteRows({ 'b.example': 'off', '*': 'local-only', 'a.example': 'logit' }, ['c.example', 'b.example']),
    ).toEqual([
      { site: 'a.example', mode: 'logit', buttonShown: true },
      { site: 'b.example', mode: 'off', buttonShown: false },
      { site: 'c.example', mode: undefined, buttonShown: false },
    ]);
  });
});

describe('readiness', () => {
  it('says the cloud and context are missing on a fresh install', () => {
    const items = readiness(ENDPOINT_FALLBACK, EMPTY_CONTEXT);
    expect(items.map((i) => [i.id, i.state, i.section])).toEqual([
      ['local', 'ok', 'models'],
      ['cloud', 'missing', 'setup/cloud'],
      ['context', 'missing', 'context'],
    ]);
  });

  it('says "tested" only when the last test was of this endpoint and model', () => {
    const cloud = { ...ENDPOINT_FALLBACK.cloud, baseURL: 'https://api.example/v1', model: 'm' };
    const caps = {
      baseURL: cloud.baseURL,
      model: 'other',
      chat: true,
      logprobs: false,
      continuation: false,
      checkedAt: 1,
    };
    const untested = readiness({ ...ENDPOINT_FALLBACK, cloud, cloudCapabilities: caps }, EMPTY_CONTEXT)[1];
    expect(untested?.detail).toMatch(/not tested yet/);
    const tested = readiness(
      { ...ENDPOINT_FALLBACK, cloud, cloudCapabilities: { ...caps, model: 'm' } },
      EMPTY_CONTEXT,
    )[1];
    expect(tested?.detail).toMatch(/\(tested\)/);
  });

  it('says the in-browser model is missing where WebGPU is not, and does not claim it ready blindly', () => {
    const gpu = { available: false, shaderF16: false, maxBufferMB: 0, maxStorageBufferMB: 0 };
    expect(readiness(ENDPOINT_FALLBACK, EMPTY_CONTEXT, gpu)[0]).toMatchObject({
      state: 'missing',
      section: 'models',
    });
    const server = { ...ENDPOINT_FALLBACK, localEngine: 'server' as const };
    expect(readiness(server, EMPTY_CONTEXT, gpu)[0]?.state).toBe('ok');
  });
});
