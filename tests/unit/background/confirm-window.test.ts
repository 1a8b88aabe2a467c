import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchConfirmWindows } from '../../../lib/background/confirm-window';
import { serveBackground } from '../../../lib/background/router';
import type { Reply } from '../../../lib/messaging/envelope';
import type { ConfirmRequest } from '../../../lib/messaging/protocol';

/** The confirming step where visibility cannot be verified (Firefox): a window the page cannot touch. */

const ID = fakeBrowser.runtime.id;
const PAGE = 'https://mail.example/compose';
const TOKEN = 'B'.repeat(32);
type Sender = Browser.runtime.MessageSender;
const tab = { id: 7, url: PAGE } as Browser.tabs.Tab;
const contentScript: Sender = { id: ID, url: PAGE, frameId: 0, tab };
const panel: Sender = { id: ID, url: `chrome-extension://${ID}/panel.html`, tab };
const confirmPage: Sender = { id: ID, url: `chrome-extension://${ID}/confirm.html#x` };

function call<T>(method: string, params: unknown, sender: Sender): Promise<Reply<T>> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ cogenesis: 1, method, params }, sender, resolve);
  });
}

/** Opens a panel session, asks for confirmation, and returns the window's id and the pending answer. */
async function askToSend(text: string) {
  const opened: string[] = [];
  const create = fakeBrowser.windows.create.bind(fakeBrowser.windows);
  vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(((data: Browser.windows.CreateData) => {
    opened.push(String(data.url));
    return create(data);
  }) as typeof fakeBrowser.windows.create);
  await call('content:open-panel', { token: TOKEN, instruction: 'thank my manager' }, contentScript);
  await call('panel:claim', { token: TOKEN }, panel);
  const answer = call<boolean>('panel:confirm', { token: TOKEN, action: 'send', text }, panel);
  await vi.waitFor(() => expect(opened).toHaveLength(1));
  const id = new URL(opened[0] ?? '').hash.slice(1);
  return { id, answer };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  serveBackground();
  watchConfirmWindows();
});

describe('confirm window', () => {
  it('shows the exact outbound text and answers the panel with the user’s choice', async () => {
    const { id, answer } = await askToSend('Thank [PERSON_1] for approving my leave.');
    const shown = await call<ConfirmRequest>('confirm:get', { id }, confirmPage);
    expect(shown).toEqual({
      ok: true,
      value: { action: 'send', text: 'Thank [PERSON_1] for approving my leave.', site: 'mail.example' },
    });
    await call('confirm:answer', { id, ok: true }, confirmPage);
    expect(await answer).toEqual({ ok: true, value: true });
  });

  it('treats a closed window as No', async () => {
    const { answer } = await askToSend('x');
    // The popup is the window created last; closing it (as the user would) answers No.
    const popup = (await fakeBrowser.windows.getAll()).at(-1);
    await fakeBrowser.windows.remove(popup?.id ?? -1);
    expect(await answer).toEqual({ ok: true, value: false });
  });

  it.each<[string, Sender]>([
    ['a content script', contentScript],
    ['the panel', panel],
  ])('answers neither the request nor the choice to %s', async (_name, sender) => {
    const { id, answer } = await askToSend('x');
    expect(await call('confirm:get', { id }, sender)).toMatchObject({ ok: false });
    expect(await call('confirm:answer', { id, ok: true }, sender)).toMatchObject({ ok: false });
    await call('confirm:answer', { id, ok: false }, confirmPage);
    expect(await answer).toEqual({ ok: true, value: false });
  });
});
