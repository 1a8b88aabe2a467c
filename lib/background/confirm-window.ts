import { browser } from 'wxt/browser';
import type { ConfirmAction, ConfirmRequest } from '../messaging/protocol';

/**
 * Where the panel cannot verify that the page shows it as it is (no IntersectionObserver v2, as in
 * Firefox), Send and Insert are confirmed in a window of the extension's own: the page cannot
 * style, cover or move it. The window shows the exact text that will leave or be inserted.
 */

interface Pending extends ConfirmRequest {
  windowId?: number;
  resolve(ok: boolean): void;
}

const pending = new Map<string, Pending>();

function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Opens the confirm window and resolves with the user's answer (false when the window is closed). */
export async function confirmInWindow(action: ConfirmAction, text: string, site: string): Promise<boolean> {
  const id = newId();
  const answer = new Promise<boolean>((resolve) => pending.set(id, { action, text, site, resolve }));
  const created = await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL(`/confirm.html#${id}`),
    width: 480,
    height: 460,
    focused: true,
  });
  const entry = pending.get(id);
  if (entry) entry.windowId = created?.id;
  return answer;
}

export function confirmRequest(id: string): ConfirmRequest | undefined {
  const entry = pending.get(id);
  return entry && { action: entry.action, text: entry.text, site: entry.site };
}

export function answerConfirm(id: string, ok: boolean): void {
  const entry = pending.get(id);
  if (!entry) return;
  pending.delete(id);
  entry.resolve(ok);
  if (entry.windowId !== undefined) void browser.windows.remove(entry.windowId).catch(() => undefined);
}

/** A confirm window closed without an answer is a No. */
export function watchConfirmWindows(): void {
  browser.windows.onRemoved.addListener((windowId) => {
    for (const [id, entry] of pending) if (entry.windowId === windowId) answerConfirm(id, false);
  });
}
