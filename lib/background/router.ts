import { browser, type Browser } from 'wxt/browser';
import { AppError } from '../errors';
import type { BackgroundProtocol, ContentProtocol } from '../messaging/protocol';
import { callTab, serve } from '../messaging/rpc';
import { requireObject, requireString, requireToken } from '../messaging/validate';
import { modeFor, siteKey } from '../settings/modes';
import { siteModesItem } from '../settings/site-modes';
import { ensureEngineHost } from './offscreen';
import { dropSession, getSession, putSession, updateSession } from './sessions';

const PANEL_URL = () => browser.runtime.getURL('/panel.html');

function fromPanel(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(PANEL_URL());
}

function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

async function sessionForPanel(token: unknown, sender: Browser.runtime.MessageSender) {
  if (!fromPanel(sender)) throw new AppError('session-expired');
  const key = requireToken(token);
  const session = await getSession(key);
  if (!session || session.tabId !== sender.tab?.id) throw new AppError('session-expired');
  return { key, session };
}

/** Registers the background's answers. Content-script calls are validated field by field. */
export function serveBackground(): void {
  serve<BackgroundProtocol>({
    async 'content:open-panel'(params, sender) {
      const { token, instruction } = requireObject(params);
      const tabId = sender.tab?.id;
      const site = siteKey(sender.url ?? sender.tab?.url ?? '');
      if (tabId === undefined || site === undefined) throw new AppError('session-expired');
      if (modeFor(await siteModesItem.getValue(), site) === 'off') throw new AppError('session-expired');
      await putSession(requireToken(token), {
        tabId,
        frameId: sender.frameId ?? 0,
        site,
        instruction: requireString(instruction, 'instruction'),
        claimed: false,
        created: Date.now(),
      });
    },
    async 'content:panel-closed'(params) {
      await dropSession(requireToken(requireObject(params).token));
    },
    async 'panel:claim'({ token }, sender) {
      const { key, session } = await sessionForPanel(token, sender);
      // One panel per token: a second frame presenting the same token gets nothing.
      if (session.claimed) throw new AppError('session-expired');
      await updateSession(key, { claimed: true });
      return {
        instruction: session.instruction,
        site: session.site,
        mode: modeFor(await siteModesItem.getValue(), session.site),
      };
    },
    async 'panel:insert'({ token, text, placement }, sender) {
      const { key, session } = await sessionForPanel(token, sender);
      return callTab<ContentProtocol, 'content:insert'>(session.tabId, session.frameId, 'content:insert', {
        token: key,
        text,
        placement,
      });
    },
    async 'panel:close'({ token }, sender) {
      const { key, session } = await sessionForPanel(token, sender);
      await dropSession(key);
      await callTab<ContentProtocol, 'content:close-panel'>(
        session.tabId,
        session.frameId,
        'content:close-panel',
        {
          token: key,
        },
      ).catch(() => undefined);
    },
    async 'panel:frame-check'({ token }, sender) {
      const { key, session } = await sessionForPanel(token, sender);
      return callTab<ContentProtocol, 'content:frame-check'>(
        session.tabId,
        session.frameId,
        'content:frame-check',
        { token: key },
      );
    },
    async 'engine:ensure'(_params, sender) {
      if (!fromExtensionPage(sender)) throw new AppError('session-expired');
      await ensureEngineHost();
    },
  });
}

/** The context menu on selected text or in an editable field: open the panel for that frame's field. */
export async function triggerFromMenu(tabId: number | undefined, frameId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await callTab<ContentProtocol, 'content:trigger'>(tabId, frameId ?? 0, 'content:trigger', {}).catch(
    () => undefined,
  );
}

/** The shortcut: ask the active tab's content scripts to open the panel for the focused field. */
export async function triggerActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // Every frame hears it; only the frame that holds focus acts.
  await callTab<ContentProtocol, 'content:trigger'>(tab.id, undefined, 'content:trigger', {}).catch(
    () => undefined,
  );
}
