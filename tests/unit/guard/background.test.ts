import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveBackground } from '../../../lib/background/router';
import type { Reply } from '../../../lib/messaging/envelope';
import type { PanelSession, SiteState } from '../../../lib/messaging/protocol';
import { setSiteMode } from '../../../lib/settings/site-modes';

/** The background's Guard routes, driven by messages as the browser delivers them. */

const ID = fakeBrowser.runtime.id;
const CHAT = 'https://chatgpt.com/c/123';
const OTHER = 'https://mail.example/compose';
const TOKEN = 'G'.repeat(32);

type Sender = Browser.runtime.MessageSender;
const contentScript = (tabUrl = CHAT, url = tabUrl): Sender => ({
  id: ID,
  url,
  frameId: 0,
  tab: { id: 7, url: tabUrl } as Browser.tabs.Tab,
});
const panel = (): Sender => ({
  id: ID,
  url: `chrome-extension://${ID}/panel.html#scheme=light`,
  tab: { id: 7, url: CHAT } as Browser.tabs.Tab,
});

function call<T>(method: string, params: unknown, sender: Sender): Promise<Reply<T>> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ cogenesis: 1, method, params }, sender, resolve);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  serveBackground();
});

describe('Guard in the background', () => {
  it.each<[string, string, SiteState]>([
    ['an AI chat site', CHAT, { on: true, button: false, guard: true }],
    ['an ordinary site', OTHER, { on: true, button: true }],
  ])('tells %s its mode', async (_name, url, state) => {
    expect(await call<SiteState>('content:site-state', {}, contentScript(url))).toEqual({
      ok: true,
      value: state,
    });
  });

  it('holds a message only for a Guard site, and hands its panel the held view', async () => {
    const params = { token: TOKEN, prompt: 'hello Martin', reason: 'found' };
    const refused = await call('content:guard-hold', params, contentScript(OTHER));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('content:guard-hold', params, contentScript())).toEqual({ ok: true, value: undefined });
    const session = await call<PanelSession>('panel:claim', { token: TOKEN }, panel());
    expect(session).toMatchObject({
      ok: true,
      value: {
        instruction: 'hello Martin',
        site: 'chatgpt.com',
        mode: 'guard',
        guard: { kind: 'held', reason: 'found' },
      },
    });
  });

  it('refuses checks from a site the user took out of Guard, and bad fields', async () => {
    await setSiteMode('chatgpt.com', 'sketch');
    const check = await call('content:guard-check', { text: 'hello' }, contentScript());
    expect(check).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await setSiteMode('chatgpt.com', 'guard');
    const badReason = await call(
      'content:guard-hold',
      { token: TOKEN, prompt: 'x', reason: 'nope' },
      contentScript(),
    );
    expect(badReason).toMatchObject({ ok: false });
    const badText = await call('content:guard-check', { text: 42 }, contentScript());
    expect(badText).toMatchObject({ ok: false });
  });

  it('answers failed, so the page holds the message, when the engine host cannot be reached', async () => {
    // The fake browser has no offscreen documents: starting the engine host throws.
    expect(await call('content:guard-check', { text: 'hello' }, contentScript())).toEqual({
      ok: true,
      value: 'failed',
    });
  });

  it('lets only a held panel ask the page to send', async () => {
    await call('content:guard-answer', { token: TOKEN, answer: 'Hi [PERSON_1]' }, contentScript());
    await call<PanelSession>('panel:claim', { token: TOKEN }, panel());
    const send = await call('panel:guard-send', { token: TOKEN, decision: 'typed' }, panel());
    expect(send).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
