import { createCloudClient } from '../../../lib/engines/cloud-client';
import type { ChatMessage } from '../../../lib/engines/types';
import { AppError, type ErrorCode } from '../../../lib/errors';
import type { CloudEndpoint } from '../../../lib/settings/endpoints';
import { startStub, type Stub, type StubBehavior } from '../../servers/openai-stub';
import { collect, deadUrl, rejection } from './collect';
import { testOutbound } from './outbound';

const OUT = testOutbound();

const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You plan.' },
  { role: 'user', content: 'Instruction: thank [PERSON_1]' },
];

let stub: Stub;
beforeEach(async () => {
  stub = await startStub({ reply: () => 'one two three four five six seven' });
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await stub.close();
});

function endpoint(overrides: Partial<CloudEndpoint> = {}): CloudEndpoint {
  return { baseURL: stub.url, apiKey: 'sk-cloud', model: 'big-model', timeoutMs: 5_000, ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('createCloudClient', () => {
  it('streams the reply as several deltas and sends exactly the messages given', async () => {
    const cloud = createCloudClient(endpoint());
    expect(cloud).toMatchObject({ endpoint: stub.url, model: 'big-model' });
    const deltas = await collect(cloud.chat({ messages: MESSAGES, maxTokens: 50, temperature: 0.2 }, OUT));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('one two three four five six seven');
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.headers.authorization).toBe('Bearer sk-cloud');
    expect(stub.requests[0]?.body).toEqual({
      model: 'big-model',
      messages: MESSAGES,
      stream: true,
      max_tokens: 50,
      temperature: 0.2,
    });
  });

  it.each<[Partial<CloudEndpoint>, string]>([
    [{ baseURL: '' }, 'no base URL'],
    [{ model: '' }, 'no model'],
  ])('refuses an endpoint with %j (%s)', (overrides) => {
    expect(() => createCloudClient(endpoint(overrides))).toThrow(
      expect.objectContaining({ code: 'cloud-not-configured' }),
    );
  });

  it.each<[StubBehavior, ErrorCode]>([
    ['http-401', 'cloud-auth'],
    ['http-429', 'cloud-rate-limit'],
    ['http-500', 'cloud-server'],
    ['malformed', 'cloud-malformed'],
  ])('maps %s to %s', async (behavior, code) => {
    stub.setBehavior(behavior);
    // The SDK logs the unparsable SSE line of 'malformed' (its logger is cached per console, so a
    // console spy would not catch it); its own switch keeps the test output readable.
    vi.stubEnv('OPENAI_LOG', 'off');
    const error = await failure(collect(createCloudClient(endpoint()).chat({ messages: MESSAGES }, OUT)));
    expect(error.code).toBe(code);
  });

  it('maps a server that never answers to cloud-timeout within timeoutMs', async () => {
    stub.setBehavior('hang');
    const started = Date.now();
    const error = await failure(
      collect(createCloudClient(endpoint({ timeoutMs: 150 })).chat({ messages: MESSAGES }, OUT)),
    );
    expect(error.code).toBe('cloud-timeout');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  // The SDK's stream reader ends quietly on abort; openai-stream.ts must turn that into an error.
  it('maps a stall between chunks to cloud-timeout', async () => {
    stub.setBehavior('slow', { slowDelayMs: 400 });
    const error = await failure(
      collect(createCloudClient(endpoint({ timeoutMs: 100 })).chat({ messages: MESSAGES }, OUT)),
    );
    expect(error.code).toBe('cloud-timeout');
  });

  it('maps a closed port to cloud-unreachable', async () => {
    const url = await deadUrl(() => startStub());
    const error = await failure(
      collect(createCloudClient(endpoint({ baseURL: url })).chat({ messages: MESSAGES }, OUT)),
    );
    expect(error.code).toBe('cloud-unreachable');
  });

  it('an already aborted signal ends with cancelled and sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const cloud = createCloudClient(endpoint());
    const error = await failure(collect(cloud.chat({ messages: MESSAGES, signal: controller.signal }, OUT)));
    expect(error.code).toBe('cancelled');
    expect(stub.requests).toHaveLength(0);
  });

  it('aborting before the reply starts ends with cancelled', async () => {
    stub.setBehavior('hang');
    const controller = new AbortController();
    const pending = collect(
      createCloudClient(endpoint()).chat({ messages: MESSAGES, signal: controller.signal }, OUT),
    );
    await vi.waitFor(() => expect(stub.requests).toHaveLength(1));
    controller.abort();
    expect((await failure(pending)).code).toBe('cancelled');
  });

  // A cancel after the first chunk must not look like a complete reply.
  it('aborting mid-stream ends with cancelled', async () => {
    stub.setBehavior('slow', { slowDelayMs: 50 });
    const controller = new AbortController();
    const cloud = createCloudClient(endpoint());
    const seen: string[] = [];
    const pending = (async () => {
      for await (const delta of cloud.chat({ messages: MESSAGES, signal: controller.signal }, OUT)) {
        seen.push(delta);
        controller.abort();
      }
    })();
    expect((await failure(pending)).code).toBe('cancelled');
    expect(seen).toHaveLength(1);
  });
});

// A logit round goes out without the SDK (egress.ts postJson): its failures must still be typed.
describe('createCloudClient: a completions request (a logit round)', () => {
  const ROUND = { prompt: 'The sky is', maxTokens: 2, topLogprobs: 5, temperature: 0 };

  it('sends the exact string it audited, with the key as a bearer token, and reads the steps', async () => {
    const sent: { body: string; auth: string | null }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      sent.push({ body: String(init?.body), auth: new Headers(init?.headers).get('authorization') });
      return globalThis.fetch(input, init);
    };
    const out = testOutbound();
    const steps = await createCloudClient(endpoint(), { fetch }).complete(ROUND, out);
    expect(steps.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.auth).toBe('Bearer sk-cloud');
    const [entry] = out.audit.entries;
    expect(JSON.parse(sent[0]?.body ?? '')).toEqual(entry?.payload);
    expect(entry).toMatchObject({
      status: 'sent',
      request: { method: 'POST', url: `${stub.url}/completions` },
    });
    expect(JSON.stringify(entry?.request?.headers)).not.toContain('sk-cloud');
  });

  it.each<[StubBehavior, ErrorCode]>([
    ['http-401', 'cloud-auth'],
    ['http-429', 'cloud-rate-limit'],
    ['http-500', 'cloud-server'],
  ])('maps %s to %s and settles the entry as failed', async (behavior, code) => {
    stub.setBehavior(behavior);
    const out = testOutbound();
    const error = await failure(createCloudClient(endpoint()).complete(ROUND, out));
    expect(error.code).toBe(code);
    expect(out.audit.entries).toEqual([expect.objectContaining({ status: 'failed', error: code })]);
  });

  it('maps a reply that is not JSON to cloud-malformed', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response('{broken', { status: 200 });
    const error = await failure(createCloudClient(endpoint(), { fetch }).complete(ROUND, testOutbound()));
    expect(error.code).toBe('cloud-malformed');
  });

  it('maps a server that never answers to cloud-timeout within timeoutMs', async () => {
    stub.setBehavior('hang');
    const started = Date.now();
    const cloud = createCloudClient(endpoint({ timeoutMs: 150 }));
    expect((await failure(cloud.complete(ROUND, testOutbound()))).code).toBe('cloud-timeout');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('maps a closed port to cloud-unreachable', async () => {
    const url = await deadUrl(() => startStub());
    const cloud = createCloudClient(endpoint({ baseURL: url }));
    expect((await failure(cloud.complete(ROUND, testOutbound()))).code).toBe('cloud-unreachable');
  });

  it('an already aborted signal ends with cancelled and sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = testOutbound();
    const cloud = createCloudClient(endpoint());
    const error = await failure(cloud.complete({ ...ROUND, signal: controller.signal }, out));
    expect(error.code).toBe('cancelled');
    expect(stub.requests).toHaveLength(0);
    expect(out.audit.entries).toEqual([]);
  });

  it('aborting while the endpoint thinks ends with cancelled', async () => {
    stub.setBehavior('hang');
    const controller = new AbortController();
    const out = testOutbound();
    const pending = createCloudClient(endpoint()).complete({ ...ROUND, signal: controller.signal }, out);
    await vi.waitFor(() => expect(stub.requests).toHaveLength(1));
    controller.abort();
    expect((await failure(pending)).code).toBe('cancelled');
    expect(out.audit.entries).toEqual([expect.objectContaining({ status: 'failed', error: 'cancelled' })]);
  });
});
