import { browser, type Browser } from 'wxt/browser';
import { checkPrompt } from '../guard/host/check';
import { preparedForGuard } from '../guard/host/prepared-cache';
import { guardAuditEntry, logGuardDecision } from '../guard/audit';
import { isHoldReason, type GuardVerdict } from '../guard/types';
import type { HostProtocol, JobRequest } from '../messaging/protocol';
import { serve } from '../messaging/rpc';
import { requireObject, requireString, MAX_TEXT } from '../messaging/validate';
import { AppError } from '../errors';

/** Guard's check as the background calls it on Firefox, where the background page is the engine host. */
export async function guardCheckInHost(text: string): Promise<GuardVerdict> {
  const prepared = await preparedForGuard().catch(() => undefined);
  return prepared ? checkPrompt(text, prepared) : 'failed';
}

/**
 * Only the background asks (it has checked the sender's site is in Guard mode). Content scripts and
 * framed extension pages come from a tab; the background does not.
 */
function fromBackground(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab === undefined;
}

/** Serves Guard's check in the engine host (Chrome's offscreen document). */
export function serveGuardChecks(): () => void {
  return serve<HostProtocol>({
    'host:guard-check'(params, sender) {
      if (!fromBackground(sender)) throw new AppError('forbidden');
      return guardCheckInHost(requireString(requireObject(params).text, 'text', MAX_TEXT));
    },
  });
}

/** A held message's decision, from the Guard panel over its job port (see lib/guard/audit.ts). */
export async function logGuardRequest(request: Extract<JobRequest, { type: 'guard-log' }>): Promise<void> {
  const { site, reason, decision, withheld } = request;
  const decided = decision === 'redacted' || decision === 'typed' || decision === 'edit';
  if (typeof site !== 'string' || !isHoldReason(reason) || !decided)
    throw new AppError('internal', 'Bad log.');
  const counts = typeof withheld === 'object' && withheld !== null ? withheld : {};
  await logGuardDecision(guardAuditEntry(site.slice(0, 300), reason, decision, counts, Date.now()));
}
