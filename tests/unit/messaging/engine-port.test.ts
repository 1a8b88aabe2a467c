import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EnginePort } from '../../../lib/messaging/engine-port';

// The background's answers to engine:ensure, held until the test lets them go: the host is "starting".
const starting: (() => void)[] = [];
vi.mock('../../../lib/messaging/rpc', () => ({
  callBackground: () => new Promise<void>((resolve) => starting.push(resolve)),
}));

/** A port that records what is posted on it. */
function fakePort(posted: unknown[]): Browser.runtime.Port {
  const listeners = { addListener: () => undefined, removeListener: () => undefined };
  return {
    name: 'job',
    postMessage: (message: unknown) => posted.push(message),
    disconnect: () => undefined,
    onMessage: listeners,
    onDisconnect: listeners,
  } as unknown as Browser.runtime.Port;
}

beforeEach(() => fakeBrowser.reset());

describe('EnginePort', () => {
  it('two sends while the host starts share one port, in order', async () => {
    const ports: unknown[][] = [];
    vi.spyOn(browser.runtime, 'connect').mockImplementation(() => {
      const posted: unknown[] = [];
      ports.push(posted);
      return fakePort(posted);
    });
    const line = new EnginePort<string, unknown>(
      'job',
      () => undefined,
      () => undefined,
    );
    const first = line.send('preview');
    const second = line.send('check');
    await expect.poll(() => starting.length).toBeGreaterThan(0);
    for (const ready of starting.splice(0)) ready();
    await Promise.all([first, second]);
    await line.send('start');
    expect(ports).toEqual([['preview', 'check', 'start']]);
  });
});
