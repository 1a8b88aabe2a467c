import { createCloudClient } from '../../../lib/engines/cloud-client';
import { egressClient } from '../../../lib/engines/egress';
import { probeCloud } from '../../../lib/engines/probe-cloud';
import { createServerEngine } from '../../../lib/engines/server-engine';
import type { ChatMessage } from '../../../lib/engines/types';
import { AppError } from '../../../lib/errors';
import type { CloudEndpoint } from '../../../lib/settings/endpoints';
import { startStub, type Stub } from '../../servers/openai-stub';
import { collect, rejection } from './collect';
import { memoryAudit, testOutbound } from './outbound';

const MESSAGES: ChatMessage[] = [{ role: 'user', content: 'Instruction: thank [PERSON_1]' }];
const KEY = 'sk-live-4f9c2a';

const stubs: Stub[] = [];
async function stub(options: Parameters<typeof startStub>[0] = {}): Promise<Stub> {
  const started = await startStub(options);
  stubs.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

function endpoint(baseURL: string, overrides: Partial<CloudEndpoint> = {}): CloudEndpoint {
  return { baseURL, apiKey: KEY, model: 'big-model', timeoutMs: 5_000, ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const SSE_DONE = 'data: {"choices":[{"index":0,"delta":{"content":"OK"}}]}\n\ndata: [DONE]\n\n';

describe('the egress', () => {
  it('writes the audit entry, status sending, with the exact body, before the request leaves', async () => {
    const out = testOutbound();
    const seenAtSend: unknown[] = [];
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      // What the log held at the moment the request left.
      seenAtSend.push(structuredClone(out.audit.entries));
      expect(JSON.parse(String(init?.body))).toEqual(out.audit.entries[0]?.payload);
      return new Response(SSE_DONE, { headers: { 'content-type': 'text/event-stream' } });
    };
    const cloud = createCloudClient(endpoint('https://cloud.example/v1'), { fetch });
    expect(await collect(cloud.chat({ messages: MESSAGES }, out))).toEqual(['OK']);
    expect(seenAtSend).toEqual([[expect.objectContaining({ id: 1, status: 'sending' })]]);
    expect(out.audit.entries).toEqual([expect.objectContaining({ status: 'sent', replyChars: 2 })]);
  });

  it('records the URL, every parameter and the headers, with the key masked and never stored', async () => {
    const cloud = await stub({ reply: () => 'one two' });
    const out = testOutbound();
    await collect(createCloudClient(endpoint(cloud.url)).chat({ messages: MESSAGES, temperature: 0.3 }, out));
    const [entry] = out.audit.entries;
    // max_tokens is sent even when the caller names none: the endpoint never decides the length.
    expect(entry?.payload).toEqual({
      model: 'big-model',
      messages: MESSAGES,
      stream: true,
      max_tokens: 2048,
      temperature: 0.3,
    });
    expect(cloud.requests.at(-1)?.body).toEqual(entry?.payload);
    expect(entry?.request).toMatchObject({
      method: 'POST',
      url: `${cloud.url}/chat/completions`,
      headers: { authorization: 'Bearer ••••', 'content-type': 'application/json' },
    });
    expect(cloud.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.stringify(out.audit.entries)).not.toContain(KEY);
  });

  it('runs the guard on the exact body: a blocked request is neither audited nor sent', async () => {
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      return new Response(SSE_DONE);
    };
    const out = testOutbound({
      guard: (text) => {
        if (text.includes('Martin')) throw new AppError('guard-blocked', 'Still present: "Martin".');
      },
    });
    const cloud = createCloudClient(endpoint('https://cloud.example/v1'), { fetch });
    const messages: ChatMessage[] = [{ role: 'user', content: 'Sign as Martin' }];
    expect((await failure(collect(cloud.chat({ messages }, out)))).code).toBe('guard-blocked');
    expect(calls).toBe(0);
    expect(out.audit.entries).toEqual([]);
  });

  it('fails closed when the audit entry cannot be written: nothing is sent', async () => {
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      return new Response(SSE_DONE);
    };
    const out = {
      ...testOutbound(),
      audit: {
        begin: () => Promise.reject(new AppError('internal', 'disk full')),
        settle: async () => undefined,
      },
    };
    const cloud = createCloudClient(endpoint('https://cloud.example/v1'), { fetch });
    expect((await failure(collect(cloud.chat({ messages: MESSAGES }, out)))).code).toBe('internal');
    expect(calls).toBe(0);
  });

  describe('never follows a redirect', () => {
    it('for a chat request: the redirect target receives nothing', async () => {
      const target = await stub();
      const hostile = await stub({ redirectTo: target.url });
      const out = testOutbound();
      const error = await failure(
        collect(createCloudClient(endpoint(hostile.url)).chat({ messages: MESSAGES }, out)),
      );
      expect(error.code).toBe('endpoint-redirected');
      expect(hostile.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(target.requests).toEqual([]);
      expect(out.audit.entries).toEqual([
        expect.objectContaining({ status: 'failed', error: 'endpoint-redirected' }),
      ]);
    });

    it('for a logit round', async () => {
      const target = await stub();
      const hostile = await stub({ redirectTo: target.url });
      const request = { prompt: 'Dear [PERSON_1]', maxTokens: 4, topLogprobs: 8, temperature: 0 };
      const error = await failure(createCloudClient(endpoint(hostile.url)).complete(request, testOutbound()));
      expect(error.code).toBe('endpoint-redirected');
      expect(target.requests).toEqual([]);
    });

    it('for the loopback server, which is sent the private context', async () => {
      const target = await stub();
      const hostile = await stub({ redirectTo: target.url });
      const local = createServerEngine({ baseURL: hostile.url, model: 'm', apiKey: 'local' });
      const messages: ChatMessage[] = [{ role: 'user', content: 'About me: Martin Reynolds, 12 Elm Street' }];
      expect((await failure(collect(local.chat({ messages })))).code).toBe('endpoint-redirected');
      const next = local.nextTokens({ messages, prefix: 'Dear', topK: 5 });
      expect((await failure(next)).code).toBe('endpoint-redirected');
      expect(target.requests).toEqual([]);
    });
  });

  describe('bounds the reply', () => {
    it('cuts a chat reply over the character cap: the caller gets an error, never the whole reply', async () => {
      const cloud = await stub({ replyChars: 200_000, chunkSize: 4_000, chunkDelayMs: 0 });
      const out = testOutbound();
      const seen: string[] = [];
      const pending = (async () => {
        for await (const delta of createCloudClient(endpoint(cloud.url)).chat({ messages: MESSAGES }, out))
          seen.push(delta);
      })();
      expect((await failure(pending)).code).toBe('cloud-reply-too-large');
      expect(seen.join('').length).toBeLessThanOrEqual(64 * 1024);
      expect(out.audit.entries).toEqual([
        expect.objectContaining({ status: 'failed', error: 'cloud-reply-too-large' }),
      ]);
    });

    it('cuts a reply over the byte cap (SSE framing included)', async () => {
      const cloud = await stub({ replyChars: 20_000, chunkSize: 1_000, chunkDelayMs: 0 });
      const client = createCloudClient(endpoint(cloud.url), { limits: { maxBytes: 8_000 } });
      const error = await failure(collect(client.chat({ messages: MESSAGES }, testOutbound())));
      expect(error.code).toBe('cloud-reply-too-large');
    });

    it('cuts a completions reply over the byte cap', async () => {
      const cloud = await stub();
      const client = createCloudClient(endpoint(cloud.url), { limits: { maxBytes: 64 } });
      const request = { prompt: 'The sky is', maxTokens: 4, topLogprobs: 8, temperature: 0 };
      expect((await failure(client.complete(request, testOutbound()))).code).toBe('cloud-reply-too-large');
    });

    it('stops a reply that trickles on past the total time, though no gap reaches the idle timeout', async () => {
      const cloud = await stub({ behavior: 'slow', slowDelayMs: 30, chunkSize: 1 });
      const client = createCloudClient(endpoint(cloud.url, { timeoutMs: 5_000 }), {
        limits: { totalMs: 300 },
      });
      const out = testOutbound();
      const error = await failure(collect(client.chat({ messages: MESSAGES }, out)));
      expect(error.code).toBe('cloud-timeout');
      expect(out.audit.entries).toEqual([
        expect.objectContaining({ status: 'failed', error: 'cloud-timeout' }),
      ]);
    });
  });
});

describe('the shared SDK client', () => {
  const COMPLETION = {
    id: 'c',
    object: 'text_completion',
    choices: [
      {
        index: 0,
        text: ' a',
        logprobs: { tokens: [' a'], token_logprobs: [-0.1], top_logprobs: [{ ' a': -0.1 }] },
      },
    ],
  };

  it('guards and audits each request of a job as sent, each through its own call', async () => {
    const bodies: unknown[] = [];
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify(COMPLETION), { headers: { 'content-type': 'application/json' } });
    };
    const guarded: string[] = [];
    const out = testOutbound({ guard: (text) => void guarded.push(text) });
    const cloud = createCloudClient(endpoint('https://cloud.example/v1'), { fetch });
    const request = (prompt: string) => ({ prompt, maxTokens: 1, topLogprobs: 1, temperature: 0 });
    await cloud.complete(request('one'), out);
    await cloud.complete(request('one two'), out);
    expect(out.audit.entries.map((e) => [e.status, e.payload])).toEqual([
      ['sent', bodies[0]],
      ['sent', bodies[1]],
    ]);
    expect(guarded).toEqual(expect.arrayContaining(['one', 'one two']));
  });

  it('refuses a request that did not come through an egress call, and sends nothing', async () => {
    const network = vi.spyOn(globalThis, 'fetch');
    const client = egressClient(endpoint('https://cloud.example/v1'));
    // No egress call's tag in the request options: no guard ran, no audit entry was written.
    await expect(client.completions.create({ model: 'm', prompt: 'x', max_tokens: 1 })).rejects.toThrow();
    expect(network).not.toHaveBeenCalled();
    network.mockRestore();
  });
});

describe('Test connection', () => {
  it('sends both probes through the egress: audited as probe, with every parameter', async () => {
    const cloud = await stub({ reply: () => 'OK' });
    const audit = memoryAudit();
    const report = await probeCloud(endpoint(cloud.url), { audit, now: () => 5, guard: () => undefined });
    expect(report.capabilities).toMatchObject({ chat: true, logprobs: true, continuation: true });
    expect(audit.entries.map((e) => [e.purpose, e.site, e.status, e.request?.url])).toEqual([
      ['probe', 'options (Test connection)', 'sent', `${cloud.url}/chat/completions`],
      ['probe', 'options (Test connection)', 'sent', `${cloud.url}/completions`],
    ]);
    expect(audit.entries[1]?.payload).toEqual({
      model: 'big-model',
      prompt: 'The sky is',
      max_tokens: 2,
      logprobs: 5,
      top_k: 5,
      temperature: 0,
      stream: false,
    });
  });

  it('tells a prefix-only endpoint from a broken one by error type', async () => {
    const prefixOnly = await stub({ completions: 'plain' });
    const audit = memoryAudit();
    const report = await probeCloud(endpoint(prefixOnly.url), {
      audit,
      now: () => 5,
      guard: () => undefined,
    });
    expect(report.capabilities).toMatchObject({ chat: true, logprobs: false, continuation: true });
    expect(audit.entries[1]).toMatchObject({ status: 'failed', error: 'cloud-no-logprobs' });
  });
});
