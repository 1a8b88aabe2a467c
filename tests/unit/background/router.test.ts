import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveBackground } from '../../../lib/background/router';
import type { Reply } from '../../../lib/messaging/envelope';
import type { PanelSession, SiteState } from '../../../lib/messaging/protocol';
import { setSiteMode } from '../../../lib/settings/site-modes';

/** The background's checks, driven by messages as the browser delivers them (STYLE 11). */

const ID = fakeBrowser.runtime.id;
const PAGE = 'https://mail.example/compose';
const TOKEN = 'A'.repeat(32);

type Sender = Browser.runtime.MessageSender;
const contentScript = (url = PAGE, tabUrl = PAGE, frameId = 0): Sender => ({
  id: ID,
  url,
  frameId,
  tab: { id: 7, url: tabUrl } as Browser.tabs.Tab,
});
const panel = (url = `chrome-extension://${ID}/panel.html#scheme=light`, tabId = 7): Sender => ({
  id: ID,
  url,
  tab: { id: tabId, url: PAGE } as Browser.tabs.Tab,
});

/** Delivers one message to the background's listeners and returns its reply. */
function call<T>(method: string, params: unknown, sender: Sender): Promise<Reply<T>> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ cogenesis: 1, method, params }, sender, resolve);
  });
}

const openPanel = (sender = contentScript()) =>
  call<undefined>('content:open-panel', { token: TOKEN, instruction: 'thank my manager' }, sender);

beforeEach(() => {
  fakeBrowser.reset();
  serveBackground();
});

describe('background router: who may ask what', () => {
  it('hands the session to the panel that presents the token, once', async () => {
    expect(await openPanel()).toEqual({ ok: true, value: undefined });
    const first = await call<PanelSession>('panel:claim', { token: TOKEN }, panel());
    expect(first).toMatchObject({
      ok: true,
      value: { instruction: 'thank my manager', site: 'mail.example' },
    });
    // A second frame presenting the same token (the page framed panel.html itself) gets nothing.
    const second = await call<PanelSession>('panel:claim', { token: TOKEN }, panel());
    expect(second).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each<[string, Sender]>([
    ['a content script', contentScript()],
    ['a page of another extension', { ...panel(), id: 'other-extension' }],
    ['another origin claiming our path', panel('https://evil.example/panel.html')],
    ['another page of ours', panel(`chrome-extension://${ID}/options.html`)],
    ['a panel in another tab', panel(undefined, 8)],
  ])('refuses the token to %s', async (_name, sender) => {
    await openPanel();
    const reply = await call<PanelSession>('panel:claim', { token: TOKEN }, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The real panel can still claim it: the refused attempt did not use it up.
    expect(await call<PanelSession>('panel:claim', { token: TOKEN }, panel())).toMatchObject({ ok: true });
  });

  it.each<[string, string]>([
    ['the Off site itself', PAGE],
    ['a third-party frame on the Off site', 'https://widgets.example/embed'],
  ])('opens no panel for %s', async (_name, frameUrl) => {
    await setSiteMode('mail.example', 'off');
    const reply = await openPanel(contentScript(frameUrl, PAGE, 3));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call<PanelSession>('panel:claim', { token: TOKEN }, panel())).toMatchObject({ ok: false });
  });

  it.each<[string, string, string, SiteState]>([
    ['an ordinary site', PAGE, PAGE, { on: true, button: true }],
    ['an Off site', PAGE, PAGE, { on: false, button: false }],
    [
      'a third-party frame on an Off site',
      'https://widgets.example/embed',
      PAGE,
      { on: false, button: false },
    ],
    ['an Off site framed by an ordinary one', PAGE, 'https://news.example/', { on: true, button: true }],
  ])('tells %s only its own answer', async (name, frameUrl, tabUrl, expected) => {
    if (name.includes('Off')) await setSiteMode('mail.example', 'off');
    const reply = await call<SiteState>('content:site-state', {}, contentScript(frameUrl, tabUrl, 1));
    expect(reply).toEqual({ ok: true, value: expected });
  });

  it('rejects malformed content-script fields', async () => {
    const reply = await call<undefined>(
      'content:open-panel',
      { token: TOKEN, instruction: 'x', hiddenChars: -1 },
      contentScript(),
    );
    expect(reply.ok).toBe(false);
    expect(
      await call<undefined>('content:open-panel', { token: 'short', instruction: 'x' }, contentScript()),
    ).toMatchObject({
      ok: false,
    });
  });
});

describe('background router: the panel opens options at a section or a context entry', () => {
  async function opened(params: object, sender = panel()) {
    await openPanel();
    const urls: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((props) => {
      urls.push(props.url ?? '');
      return Promise.resolve({} as Browser.tabs.Tab);
    });
    const reply = await call<undefined>('panel:open-options', { token: TOKEN, ...params }, sender);
    return { reply, urls };
  }

  it('opens the section a setup error names', async () => {
    const { reply, urls } = await opened({ section: 'setup' });
    expect(reply).toMatchObject({ ok: true });
    expect(urls).toEqual([`chrome-extension://${ID}/options.html#setup`]);
  });

  it('opens a context entry by its address, and only a well-formed one', async () => {
    expect((await opened({ section: 'context', entry: 'fact-3' })).urls).toEqual([
      `chrome-extension://${ID}/options.html#context/fact-3`,
    ]);
    fakeBrowser.reset();
    serveBackground();
    expect((await opened({ section: 'context', entry: 'javascript:alert(1)' })).urls).toEqual([
      `chrome-extension://${ID}/options.html#context`,
    ]);
  });

  it('refuses an unknown section, and a caller that is not the panel', async () => {
    const unknown = await opened({ section: 'https://evil.example' });
    expect(unknown.reply).toMatchObject({ ok: false });
    expect(unknown.urls).toEqual([]);
    fakeBrowser.reset();
    serveBackground();
    const foreign = await opened({ section: 'setup' }, contentScript());
    expect(foreign.reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(foreign.urls).toEqual([]);
  });
});
