import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  InternalServerError,
  RateLimitError,
} from 'openai';
import {
  aboutMeLines,
  cloudOutline,
  firstOutlinePoint,
  startCloudStub,
  startLocalStub,
  startStub,
  type Stub,
  type StubBehavior,
} from '../../servers/openai-stub';

let stubs: Stub[] = [];
afterEach(async () => {
  await Promise.all(stubs.map((s) => s.close()));
  stubs = [];
});

async function track(stub: Promise<Stub>): Promise<Stub> {
  const s = await stub;
  stubs.push(s);
  return s;
}

function client(stub: Stub, timeout = 5_000): OpenAI {
  // logLevel off: the SDK logs the unparsable lines of the 'malformed' stream.
  return new OpenAI({ baseURL: stub.url, apiKey: 'sk-test', maxRetries: 0, timeout, logLevel: 'off' });
}

async function streamText(openai: OpenAI, content: string): Promise<{ text: string; chunks: number }> {
  const stream = await openai.chat.completions.create({
    model: 'm',
    stream: true,
    messages: [{ role: 'user', content }],
  });
  let text = '';
  let chunks = 0;
  for await (const chunk of stream) {
    expect(chunk.object).toBe('chat.completion.chunk');
    text += chunk.choices[0]?.delta.content ?? '';
    chunks++;
  }
  return { text, chunks };
}

describe('startStub', () => {
  it('listens on 127.0.0.1 with a /v1 base URL', async () => {
    const stub = await track(startStub());
    expect(stub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it('streams the reply in several chunks and records the request', async () => {
    const stub = await track(startStub({ reply: (body) => `echo: ${body.messages.at(-1)?.content ?? ''}` }));
    const { text, chunks } = await streamText(client(stub), 'hello there, stub');
    expect(text).toBe('echo: hello there, stub');
    expect(chunks).toBeGreaterThan(3);
    const [request] = stub.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.body).toMatchObject({
      model: 'm',
      stream: true,
      messages: [{ content: 'hello there, stub' }],
    });
  });

  it('answers non-streaming requests and lists models', async () => {
    const stub = await track(startStub({ reply: () => 'whole reply', models: ['a', 'b'] }));
    const openai = client(stub);
    const done = await openai.chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(done.choices[0]?.message.content).toBe('whole reply');
    const models = await openai.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('answers CORS preflights, echoing the requested headers', async () => {
    const stub = await track(startStub());
    const res = await fetch(`${stub.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    expect(stub.requests[0]?.method).toBe('OPTIONS');
  });

  it.each<[StubBehavior, new (...args: never[]) => Error, number]>([
    ['http-401', AuthenticationError, 401],
    ['http-429', RateLimitError, 429],
    ['http-500', InternalServerError, 500],
  ])('%s raises the SDK error class with an OpenAI error body', async (behavior, errorClass, status) => {
    const stub = await track(startStub());
    stub.setBehavior(behavior);
    const error: unknown = await streamText(client(stub), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, error: { message: expect.any(String), type: expect.any(String) } });
  });

  it('malformed: a 200 stream whose data is not JSON makes the SDK throw', async () => {
    const stub = await track(startStub({ behavior: 'malformed' }));
    await expect(streamText(client(stub), 'x')).rejects.toBeInstanceOf(SyntaxError);
  });

  it('hang: times out on the client, and close() ends a request still waiting', async () => {
    const stub = await track(startStub({ behavior: 'hang' }));
    await expect(streamText(client(stub, 100), 'x')).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    const pending = streamText(client(stub, 10_000), 'x').catch((e: unknown) => e);
    await vi.waitFor(() => expect(stub.requests).toHaveLength(2));
    const started = Date.now();
    await stub.close();
    const error = await pending;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('slow: chunks arrive with the configured delay, switchable at runtime', async () => {
    const stub = await track(startStub({ reply: () => 'abcdefghijkl', chunkSize: 4 }));
    stub.setBehavior('slow', { slowDelayMs: 60 });
    const started = Date.now();
    const { text } = await streamText(client(stub), 'x');
    expect(text).toBe('abcdefghijkl');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150); // 3 chunks × 60 ms, with slack
    stub.setBehavior('ok');
    expect((await streamText(client(stub), 'x')).text).toBe('abcdefghijkl');
  });
});

describe('presets', () => {
  it('cloud: a 10-point outline naming the instruction’s placeholders, not the prompt’s examples', async () => {
    const stub = await track(startCloudStub());
    const prompt = [
      'Instruction: thank [PERSON_2] at [ORG_1] for [PERSON_2]’s help',
      '',
      'Copy every placeholder (such as [PERSON_1]) exactly.',
    ].join('\n');
    const { text } = await streamText(client(stub), prompt);
    const lines = text.split('\n');
    expect(lines).toHaveLength(10);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^${i + 1}\\. `)));
    expect(text).toContain('[PERSON_2], [ORG_1]');
    expect(text).not.toContain('[PERSON_1]');
  });

  it('cloud outline without placeholders still has 10 points', () => {
    const outline = cloudOutline({ model: 'm', stream: true, messages: [{ role: 'user', content: 'hi' }] });
    expect(outline.split('\n')).toHaveLength(10);
    expect(outline).not.toMatch(/\[/);
  });

  it('local, obedient: the draft repeats the About me lines and the first outline point verbatim', async () => {
    const stub = await track(startLocalStub({ copyContext: true }));
    const prompt = [
      'About me:',
      '- name: Martin Reynolds',
      '- Volunteers at Homes for Humanity',
      '',
      'Instruction: thank my manager',
      '',
      'Outline to follow:',
      '1. Greet Martin warmly.',
      '2. Say thanks.',
    ].join('\n');
    const { text } = await streamText(client(stub), prompt);
    expect(text).toContain('- name: Martin Reynolds\n- Volunteers at Homes for Humanity');
    expect(text).toContain('1. Greet Martin warmly.');
    expect(text).not.toContain('2. Say thanks.');
    const plain = await streamText(client(await track(startLocalStub())), prompt);
    expect(plain.text).toContain('1. Greet Martin warmly.');
    expect(plain.text).not.toContain('Martin Reynolds');
  });

  it.each([
    ['About me:\n- a\n- b\n\nrest', ['- a', '- b']],
    ['About me: (nothing stored)\n\nInstruction: x', []],
    ['no context here', []],
  ])('aboutMeLines(%j)', (text, expected) => {
    expect(aboutMeLines(text)).toEqual(expected);
  });

  it.each([
    ['Outline to follow:\n\n1. First\n2. Second', '1. First'],
    ['Instruction: x', undefined],
  ])('firstOutlinePoint(%j)', (text, expected) => {
    expect(firstOutlinePoint(text)).toBe(expected);
  });
});
