import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppError } from '../../../lib/errors';
import type { Reply } from '../../../lib/messaging/envelope';
import { serve } from '../../../lib/messaging/rpc';

interface TestProtocol {
  'test:echo': (params: { text: string }) => string;
  'test:fail': (params: Record<string, never>) => void;
  'test:crash': (params: Record<string, never>) => void;
}

const SENDER = { id: fakeBrowser.runtime.id } as Browser.runtime.MessageSender;

/** Delivers one message as the browser would; resolves with the reply, or 'unanswered'. */
async function deliver(message: unknown): Promise<Reply<unknown> | 'unanswered'> {
  let respond: (reply: Reply<unknown>) => void = () => undefined;
  const answered = new Promise<Reply<unknown>>((resolve) => (respond = resolve));
  const results = (await fakeBrowser.runtime.onMessage.trigger(message, SENDER, respond)) as unknown;
  // A listener that will answer returns true; one that leaves the message returns undefined.
  if (!Array.isArray(results) || !results.includes(true)) return 'unanswered';
  return answered;
}

beforeEach(() => {
  fakeBrowser.reset();
  serve<TestProtocol>({
    'test:echo': ({ text }) => text.toUpperCase(),
    'test:fail': () => {
      throw new AppError('forbidden', 'not from here');
    },
    'test:crash': () => {
      throw new Error('private detail that must not travel');
    },
  });
});

describe('serve', () => {
  it('answers its own methods with their value', async () => {
    expect(await deliver({ cogenesis: 1, method: 'test:echo', params: { text: 'hi' } })).toEqual({
      ok: true,
      value: 'HI',
    });
  });

  it('sends an AppError with its code and detail', async () => {
    expect(await deliver({ cogenesis: 1, method: 'test:fail', params: {} })).toEqual({
      ok: false,
      error: { code: 'forbidden', detail: 'not from here' },
    });
  });

  it('sends any other error as internal, without its message', async () => {
    const reply = await deliver({ cogenesis: 1, method: 'test:crash', params: {} });
    expect(reply).toEqual({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('private');
  });

  it('leaves unknown methods, inherited names and foreign messages to other listeners', async () => {
    for (const message of [
      { cogenesis: 1, method: 'test:other', params: {} },
      { cogenesis: 1, method: 'toString', params: {} },
      { cogenesis: 1, method: '__proto__', params: {} },
      { method: 'test:echo', params: { text: 'hi' } },
      { cogenesis: 2, method: 'test:echo', params: { text: 'hi' } },
      'test:echo',
      null,
    ])
      expect(await deliver(message)).toBe('unanswered');
  });
});
