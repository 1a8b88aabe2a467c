import { storage } from 'wxt/utils/storage';
import type { GuardView } from '../guard/types';

/** A panel opened by a content script, waiting for (or held by) its panel iframe. */
export interface PanelSessionRecord {
  tabId: number;
  frameId: number;
  site: string;
  instruction: string;
  hiddenChars?: number;
  claimed: boolean;
  created: number;
  /** The instruction's length when it was too long to take (the instruction is then empty). */
  tooLong?: number;
  /** A Guard panel (held prompt or answer to restore) rather than a draft. */
  guard?: GuardView;
}

/**
 * Sessions live in storage.session (memory only, not readable by content scripts) so that the
 * service worker may be stopped between messages without losing them.
 */
const sessionsItem = storage.defineItem<Record<string, PanelSessionRecord>>('session:panelSessions', {
  fallback: {},
});

const MAX_AGE_MS = 6 * 60 * 60 * 1000;

export async function putSession(token: string, record: PanelSessionRecord): Promise<void> {
  const all = await sessionsItem.getValue();
  const now = Date.now();
  const kept = Object.fromEntries(Object.entries(all).filter(([, s]) => now - s.created < MAX_AGE_MS));
  await sessionsItem.setValue({ ...kept, [token]: record });
}

export async function getSession(token: string): Promise<PanelSessionRecord | undefined> {
  return (await sessionsItem.getValue())[token];
}

export async function updateSession(token: string, patch: Partial<PanelSessionRecord>): Promise<void> {
  const all = await sessionsItem.getValue();
  const current = all[token];
  if (current) await sessionsItem.setValue({ ...all, [token]: { ...current, ...patch } });
}

export async function dropSession(token: string): Promise<void> {
  const all = await sessionsItem.getValue();
  if (!(token in all)) return;
  const { [token]: _dropped, ...rest } = all;
  await sessionsItem.setValue(rest);
}
