import type { Browser } from 'wxt/browser';
import { AppError } from '../errors';
import { ensureEngineHost } from '../background/offscreen';
import type { PanelSessionRecord } from '../background/sessions';
import { putSession } from '../background/sessions';
import { senderSite } from '../background/site-state';
import type { BackgroundProtocol, ContentProtocol, HostProtocol } from '../messaging/protocol';
import { callBackground, callTab, type Handlers } from '../messaging/rpc';
import { MAX_TEXT, requireObject, requireString, requireToken } from '../messaging/validate';
import { modeFor } from '../settings/modes';
import { siteModesItem } from '../settings/site-modes';
import { isHoldReason, type GuardDecision, type GuardVerdict } from './types';

type SessionForPanel = (
  token: unknown,
  sender: Browser.runtime.MessageSender,
) => Promise<{ key: string; session: PanelSessionRecord }>;

/** The sender's top-level site, when it is in Guard mode; content scripts elsewhere get nothing. */
async function guardSite(sender: Browser.runtime.MessageSender): Promise<{ site: string; tabId: number }> {
  const site = senderSite(sender);
  const tabId = sender.tab?.id;
  if (site === undefined || tabId === undefined) throw new AppError('session-expired');
  if (modeFor(await siteModesItem.getValue(), site) !== 'guard') throw new AppError('forbidden');
  return { site, tabId };
}

/** The engine host's verdict: a runtime message to the offscreen document, a call on Firefox. */
async function hostCheck(text: string): Promise<GuardVerdict> {
  if (import.meta.env.FIREFOX) {
    const host = await import('../engine-host/guard-port');
    return host.guardCheckInHost(text);
  }
  await ensureEngineHost();
  return callBackground<HostProtocol, 'host:guard-check'>('host:guard-check', { text });
}

function isDecision(value: unknown): value is GuardDecision {
  return value === 'redacted' || value === 'typed' || value === 'edit';
}

/** The background's Guard answers (lib/background/router.ts registers them with the rest). */
export function guardRoutes(
  sessionForPanel: SessionForPanel,
): Pick<
  Handlers<BackgroundProtocol>,
  'content:guard-check' | 'content:guard-hold' | 'content:guard-answer' | 'panel:guard-send'
> {
  return {
    async 'content:guard-check'(params, sender) {
      await guardSite(sender);
      const text = requireString(requireObject(params).text, 'text', MAX_TEXT);
      // The check failing is a verdict too: the content script then holds the submission.
      return hostCheck(text).catch((): GuardVerdict => 'failed');
    },
    async 'content:guard-hold'(params, sender) {
      const { site, tabId } = await guardSite(sender);
      const { token, prompt, reason } = requireObject(params);
      if (!isHoldReason(reason)) throw new AppError('internal', 'Bad reason.');
      await putSession(requireToken(token), {
        tabId,
        frameId: sender.frameId ?? 0,
        site,
        instruction: reason === 'too-long' ? '' : requireString(prompt, 'prompt', MAX_TEXT),
        claimed: false,
        created: Date.now(),
        guard: { kind: 'held', reason },
      });
    },
    async 'content:guard-answer'(params, sender) {
      const { site, tabId } = await guardSite(sender);
      const { token, answer } = requireObject(params);
      await putSession(requireToken(token), {
        tabId,
        frameId: sender.frameId ?? 0,
        site,
        instruction: requireString(answer, 'answer', MAX_TEXT),
        claimed: false,
        created: Date.now(),
        guard: { kind: 'answer' },
      });
    },
    async 'panel:guard-send'({ token, decision, text }, sender) {
      const { key, session } = await sessionForPanel(token, sender);
      if (session.guard?.kind !== 'held' || !isDecision(decision)) throw new AppError('forbidden');
      return callTab<ContentProtocol, 'content:guard-send'>(
        session.tabId,
        session.frameId,
        'content:guard-send',
        {
          token: key,
          decision,
          ...(typeof text === 'string' ? { text: requireString(text, 'text', MAX_TEXT) } : {}),
        },
      );
    },
  };
}
