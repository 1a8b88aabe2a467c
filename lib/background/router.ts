import { browser, type Browser } from 'wxt/browser';
import { AppError } from '../errors';
import type { BackgroundProtocol, ContentProtocol } from '../messaging/protocol';
import { callTab, serve } from '../messaging/rpc';
import {
  MAX_INSTRUCTION,
  optionalCount,
  requireObject,
  requireString,
  requireToken,
} from '../messaging/validate';
import { anchorId, parseAnchor } from '../context/anchors';
import { SECTIONS } from '../options/sections';
import { modeFor } from '../settings/modes';
import { siteModesItem } from '../settings/site-modes';
import { answerConfirm, confirmInWindow, confirmRequest } from './confirm-window';
import { ensureEngineHost } from './offscreen';
import { dropSession, getSession, putSession, updateSession } from './sessions';
import { senderSite, siteState } from './site-state';
import { guardRoutes } from '../guard/background';
import { tabUrl } from '../options/try-page';

/**
 * Whether the sender is one of our own pages (at `path`, when given). Chrome reports a page framed
 * through its dynamic URL (use_dynamic_url) at the extension's own origin, and getURL may answer
 * with either form, so both are accepted; any other origin is not ours.
 */
function fromOwnPage(sender: Browser.runtime.MessageSender, path?: string): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  const ours = url.host === browser.runtime.id || url.origin === new URL(browser.runtime.getURL('/')).origin;
  return ours && (path === undefined || url.pathname === path);
}

const fromPanel = (sender: Browser.runtime.MessageSender) => fromOwnPage(sender, '/panel.html');
const fromExtensionPage = (sender: Browser.runtime.MessageSender) => fromOwnPage(sender);
const fromConfirm = (sender: Browser.runtime.MessageSender) => fromOwnPage(sender, '/confirm.html');

async function sessionForPanel(token: unknown, sender: Browser.runtime.MessageSender) {
  if (!fromPanel(sender)) throw new AppError('forbidden');
  const key = requireToken(token);
  const session = await getSession(key);
  if (!session) throw new AppError('session-expired');
  // A panel of another tab presenting this token is not expired: it is not allowed.
  if (session.tabId !== sender.tab?.id) throw new AppError('forbidden');
  return { key, session };
}

/** Registers the background's answers. Content-script calls are validated field by field. */
export function serveBackground(): void {
  serve<BackgroundProtocol>({
    'content:site-state'(_params, sender) {
      return siteState(senderSite(sender));
    },
    async 'content:open-panel'(params, sender) {
      const { token, instruction, hiddenChars, tooLong: tooLongField } = requireObject(params);
      const tabId = sender.tab?.id;
      // The top-level site's mode governs its frames too.
      const site = senderSite(sender);
      if (tabId === undefined || site === undefined) throw new AppError('session-expired');
      if (modeFor(await siteModesItem.getValue(), site) === 'off') throw new AppError('forbidden');
      // Too long to work on (the content script measured the field, or the text says so): the panel
      // still opens, empty, to say why, rather than nothing happening.
      const reported = optionalCount(tooLongField);
      const tooLong =
        reported > 0
          ? reported
          : typeof instruction === 'string' && instruction.length > MAX_INSTRUCTION
            ? instruction.length
            : 0;
      await putSession(requireToken(token), {
        tabId,
        frameId: sender.frameId ?? 0,
        site,
        instruction: tooLong ? '' : requireString(instruction, 'instruction', MAX_INSTRUCTION),
        hiddenChars: optionalCount(hiddenChars),
        claimed: false,
        created: Date.now(),
        ...(tooLong ? { tooLong } : {}),
      });
    },
    async 'content:panel-closed'(params) {
      await dropSession(requireToken(requireObject(params).token));
    },
    async 'panel:claim'({ token }, sender) {
      const { key, session } = await sessionForPanel(token, sender);
      // One panel per token: a second frame presenting the same token gets nothing.
      if (session.claimed) throw new AppError('forbidden');
      await updateSession(key, { claimed: true });
      return {
        instruction: session.instruction,
        site: session.site,
        mode: modeFor(await siteModesItem.getValue(), session.site),
        ...(session.hiddenChars ? { hiddenChars: session.hiddenChars } : {}),
        ...(session.tooLong ? { tooLong: { length: session.tooLong, limit: MAX_INSTRUCTION } } : {}),
        ...(session.guard ? { guard: session.guard } : {}),
      };
    },
    async 'panel:insert'({ token, text, placement, confirmed }, sender) {
      const { key, session } = await sessionForPanel(token, sender);
      return callTab<ContentProtocol, 'content:insert'>(session.tabId, session.frameId, 'content:insert', {
        token: key,
        text,
        placement,
        confirmed: confirmed === true,
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
    async 'panel:open-options'({ token, section, entry }, sender) {
      await sessionForPanel(token, sender);
      // Only a known section (and entry address): the panel names where to go, never a URL.
      const known = SECTIONS.find((s) => s.id === section);
      if (!known) throw new AppError('internal', 'Unknown options section.');
      const anchor = known.id === 'context' && typeof entry === 'string' ? parseAnchor(entry) : undefined;
      const hash = anchor ? `context/${anchorId(anchor)}` : known.id;
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`) });
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
    async 'panel:confirm'({ token, action, text }, sender) {
      const { session } = await sessionForPanel(token, sender);
      if (action !== 'send' && action !== 'insert') throw new AppError('internal', 'Bad action.');
      return confirmInWindow(action, requireString(text, 'text', Infinity), session.site);
    },
    'confirm:get'({ id }, sender) {
      const request = fromConfirm(sender) ? confirmRequest(requireString(id, 'id', 64)) : undefined;
      if (!request) throw new AppError('session-expired');
      return request;
    },
    'confirm:answer'({ id, ok }, sender) {
      if (!fromConfirm(sender)) throw new AppError('forbidden');
      answerConfirm(requireString(id, 'id', 64), ok === true);
    },
    async 'engine:ensure'(_params, sender) {
      if (!fromExtensionPage(sender)) throw new AppError('forbidden');
      await ensureEngineHost();
    },
    ...guardRoutes(sessionForPanel),
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
  await triggerActiveTabAnswered();
}

/**
 * The shortcut, saying whether a content script in the active tab answered (none does before the
 * loader has started, or on an Off site). The e2e build's hook returns it, so a test can press again
 * until the page it opened is the one that heard it.
 */
export async function triggerActiveTabAnswered(): Promise<{ answered: boolean; url?: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { answered: false };
  // Every frame hears it; only the frame that holds focus acts.
  const answered = await callTab<ContentProtocol, 'content:trigger'>(tab.id, undefined, 'content:trigger', {})
    .then(() => true)
    .catch(() => false);
  const url = await tabUrl(tab);
  return { answered, ...(url ? { url } : {}) };
}
