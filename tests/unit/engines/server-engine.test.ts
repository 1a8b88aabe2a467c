import { createServerEngine } from '../../../lib/engines/server-engine';
import type { ChatMessage } from '../../../lib/engines/types';
import { AppError, type ErrorCode } from '../../../lib/errors';
import type { LocalServerEndpoint } from '../../../lib/settings/endpoints';
import { startLocalStub, startStub, type Stub, type StubBehavior } from '../../servers/openai-stub';
import { collect, deadUrl, rejection } from './collect';

const MESSAGES: ChatMessage[] = [
  { role: 'user', content: 'About me:\n- name: Martin Reynolds\n\nInstruction: thank my manager' },
];

let stub: Stub;
beforeEach(async () => {
  stub = await startLocalStub();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await stub.close();
});

function endpoint(overrides: Partial<LocalServerEndpoint> = {}): LocalServerEndpoint {
  return { baseURL: stub.url, model: 'llama3.2', apiKey: '', ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('createServerEngine', () => {
  it('streams the local server’s reply and gives it the private context', async () => {
    // An obedient stand-in that repeats its context shows that the context reached it.
    await stub.close();
    stub = await startLocalStub({ copyContext: true });
    const engine = createServerEngine(endpoint());
    expect(engine.kind).toBe('server');
    expect(engine.label).toContain(new URL(stub.url).host);
    expect(engine.label).toContain('llama3.2');
    const deltas = await collect(engine.chat({ messages: MESSAGES }));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toContain('- name: Martin Reynolds');
    expect(stub.requests[0]?.body).toMatchObject({ model: 'llama3.2', messages: MESSAGES, stream: true });
    // An empty key still sends a placeholder key: servers like Ollama ignore it, the SDK requires one.
    expect(stub.requests[0]?.headers.authorization).toBe('Bearer local');
  });

  it.each([
    'http://192.168.1.10:11434/v1',
    'https://api.openai.com/v1',
    'http://127.0.0.1.evil.com/v1',
    'http://localhost@evil.com/v1',
  ])('refuses the non-loopback address %s before any request', (baseURL) => {
    expect(() => createServerEngine(endpoint({ baseURL }))).toThrow(
      expect.objectContaining({ code: 'local-not-loopback' }),
    );
    expect(stub.requests).toHaveLength(0);
  });

  it.each<[StubBehavior, ErrorCode]>([
    ['http-401', 'local-failed'],
    ['http-429', 'local-failed'],
    ['http-500', 'local-failed'],
    ['malformed', 'local-failed'],
  ])('maps %s to %s, never to a cloud-* code', async (behavior, code) => {
    stub.setBehavior(behavior);
    // The SDK logs the unparsable SSE line of 'malformed' (its logger is cached per console, so a
    // console spy would not catch it); its own switch keeps the test output readable.
    vi.stubEnv('OPENAI_LOG', 'off');
    const error = await failure(collect(createServerEngine(endpoint()).chat({ messages: MESSAGES })));
    expect(error.code).toBe(code);
  });

  it('names the HTTP status in the detail', async () => {
    stub.setBehavior('http-500');
    const error = await failure(collect(createServerEngine(endpoint()).chat({ messages: MESSAGES })));
    expect(error.detail).toContain('500');
  });

  it('maps a server that never answers within idleMs to local-unreachable', async () => {
    stub.setBehavior('hang');
    const engine = createServerEngine(endpoint(), { idleMs: 150 });
    const error = await failure(collect(engine.chat({ messages: MESSAGES })));
    expect(error.code).toBe('local-unreachable');
  });

  // The SDK's stream reader ends quietly on abort; openai-stream.ts must turn that into an error.
  it('maps a stall between chunks to local-unreachable', async () => {
    stub.setBehavior('slow', { slowDelayMs: 400 });
    const engine = createServerEngine(endpoint(), { idleMs: 100 });
    const error = await failure(collect(engine.chat({ messages: MESSAGES })));
    expect(error.code).toBe('local-unreachable');
  });

  it('maps a closed port to local-unreachable', async () => {
    const url = await deadUrl(() => startStub());
    const error = await failure(
      collect(createServerEngine(endpoint({ baseURL: url })).chat({ messages: MESSAGES })),
    );
    expect(error.code).toBe('local-unreachable');
  });

  it('aborting while the server is silent ends with cancelled', async () => {
    stub.setBehavior('hang');
    const controller = new AbortController();
    const pending = collect(
      createServerEngine(endpoint()).chat({ messages: MESSAGES, signal: controller.signal }),
    );
    await vi.waitFor(() => expect(stub.requests).toHaveLength(1));
    controller.abort();
    expect((await failure(pending)).code).toBe('cancelled');
  });
});
