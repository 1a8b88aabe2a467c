import {
  assembleJob,
  effectiveMode,
  LOGIT_FALLBACK_NOTICE,
  type JobHooks,
} from '../../../lib/engine-host/job-deps';
import { AppError } from '../../../lib/errors';
import type { JobRequest } from '../../../lib/messaging/protocol';
import { EMPTY_POLICY } from '../../../lib/privacy';
import { ENDPOINT_FALLBACK, type EndpointSettings } from '../../../lib/settings/endpoints';
import { MARTIN } from '../pipeline/fakes';

const CLOUD = { baseURL: 'https://cloud.example/v1', apiKey: 'k', model: 'm', timeoutMs: 60_000 };
const CHECKED: EndpointSettings = {
  ...ENDPOINT_FALLBACK,
  cloud: CLOUD,
  cloudCapabilities: {
    baseURL: CLOUD.baseURL,
    model: CLOUD.model,
    chat: true,
    logprobs: true,
    continuation: true,
    checkedAt: 1,
  },
};
const UNCHECKED: EndpointSettings = { ...ENDPOINT_FALLBACK, cloud: CLOUD };
const SERVER: EndpointSettings = { ...UNCHECKED, localEngine: 'server' };

function start(overrides: Partial<Extract<JobRequest, { type: 'start' }>> = {}) {
  return {
    type: 'start' as const,
    mode: 'redacted-cloud' as const,
    site: 'example.com',
    instruction: 'write to Martin Reynolds',
    outbound: 'write to [NAME_1]',
    policy: EMPTY_POLICY,
    ...overrides,
  };
}

function hooks() {
  const said: string[] = [];
  const recorded: JobHooks = {
    notice: (text) => said.push(`notice: ${text}`),
    progress: (_fraction, text) => said.push(`progress: ${text}`),
    stage: (label) => said.push(`stage: ${label}`),
    policy: (_instruction, _prepared, policy) => ({ ...policy, extra: [...policy.extra, 'assisted'] }),
  };
  return { said, hooks: recorded };
}

describe('the Logit fallback', () => {
  it('keeps Logit only with an endpoint that passed Test connection', () => {
    expect(effectiveMode('logit', CHECKED)).toEqual({ mode: 'logit' });
    expect(effectiveMode('logit', UNCHECKED)).toEqual({ mode: 'sketch', notice: LOGIT_FALLBACK_NOTICE });
    // A check made for another model does not count.
    const otherModel = { ...CHECKED, cloud: { ...CLOUD, model: 'other' } };
    expect(effectiveMode('logit', otherModel).mode).toBe('sketch');
  });

  it('leaves the other modes alone', () => {
    for (const mode of ['sketch', 'local-only', 'redacted-cloud'] as const)
      expect(effectiveMode(mode, UNCHECKED)).toEqual({ mode });
  });
});

describe('assembling a job', () => {
  it('Redacted cloud: no local engine is made, and asking for one is an error', async () => {
    const { said, hooks: h } = hooks();
    const job = await assembleJob(
      start(),
      { context: MARTIN, endpoints: UNCHECKED },
      new AbortController().signal,
      h,
    );
    expect(job.local).toBeUndefined();
    expect(() => job.deps.local()).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(said).toEqual([]);
  });

  it('a Logit request on an unchecked endpoint runs as Sketch, says so, and loads the local engine', async () => {
    const { said, hooks: h } = hooks();
    const checked: string[] = [];
    const job = await assembleJob(
      start({ mode: 'logit' }),
      { context: MARTIN, endpoints: SERVER },
      new AbortController().signal,
      h,
      (server) => {
        checked.push(server.baseURL);
        return Promise.resolve();
      },
    );
    expect(job.input.mode).toBe('sketch');
    expect(said).toEqual([`notice: ${LOGIT_FALLBACK_NOTICE}`]);
    expect(job.local?.kind).toBe('server');
    expect(job.deps.local()).toBe(job.local);
    // The local server was asked before the job could reach the cloud.
    expect(checked).toEqual([SERVER.localServer.baseURL]);
  });

  it('a local server that does not answer stops the job before it is assembled', async () => {
    const { hooks: h } = hooks();
    const down = () => Promise.reject(new AppError('local-unreachable'));
    await expect(
      assembleJob(
        start({ mode: 'sketch' }),
        { context: MARTIN, endpoints: SERVER },
        new AbortController().signal,
        h,
        down,
      ),
    ).rejects.toMatchObject({ code: 'local-unreachable' });
    // Local only needs no check before a cloud request: nothing goes to the cloud.
    const local = await assembleJob(
      start({ mode: 'local-only' }),
      { context: MARTIN, endpoints: SERVER },
      new AbortController().signal,
      h,
      down,
    );
    expect(local.input.mode).toBe('local-only');
  });

  it('the input carries the approved policy, the signal, and only a well-formed vault', async () => {
    const { hooks: h } = hooks();
    const signal = new AbortController().signal;
    const stored = { context: MARTIN, endpoints: UNCHECKED };
    const good = await assembleJob(start({ vault: { '[NAME_1]': 'Martin Reynolds' } }), stored, signal, h);
    expect(good.input).toMatchObject({
      mode: 'redacted-cloud',
      outbound: 'write to [NAME_1]',
      policy: { released: [], extra: ['assisted'] },
      vault: { '[NAME_1]': 'Martin Reynolds' },
    });
    expect(good.input.signal).toBe(signal);
    // From the panel, so checked: a vault that is not string → string is dropped, not trusted.
    const bad = await assembleJob(
      start({ vault: { '[NAME_1]': 7 } as unknown as Record<string, string> }),
      stored,
      signal,
      h,
    );
    expect(bad.input).not.toHaveProperty('vault');
    // Fields of the request that are not the job's input stay out of it.
    expect(good.input).not.toHaveProperty('type');
  });

  it('the cloud client is made only when asked for (a Local-only job never needs one)', async () => {
    const { hooks: h } = hooks();
    const job = await assembleJob(
      start({ mode: 'local-only' }),
      { context: MARTIN, endpoints: { ...SERVER, cloud: { ...CLOUD, baseURL: '' } } },
      new AbortController().signal,
      h,
    );
    expect(job.input.mode).toBe('local-only');
    // Assembling did not need the unset endpoint; only asking for the client names the problem.
    expect(() => job.deps.cloud()).toThrow(expect.objectContaining({ code: 'cloud-not-configured' }));
  });
});
