import { browser } from 'wxt/browser';
import { anchorId } from '../context/anchors';
import { addFact } from '../context/edit';
import { loadContext, saveContext } from '../context/store';
import { toAppError } from '../errors';

export const REMEMBER_MENU_ID = 'cogenesis-remember';

export type RememberOutcome =
  | { ok: true; anchor: string; facts: number }
  | { ok: false; code: 'nothing-selected' | 'context-entry-invalid' | 'internal'; why: string };

/**
 * "Remember this privately": the selection becomes a fact in the context on this device. The text is
 * the browser's `info.selectionText`, handed to the background by the browser itself: the page's
 * scripts neither see that it happened nor can put words in it by messaging us. Never logged.
 */
export async function rememberSelection(selectionText: string | undefined): Promise<RememberOutcome> {
  // The browser collapses the selection's whitespace; a fact is one line of text anyway.
  const text = selectionText?.trim() ?? '';
  if (!text) return { ok: false, code: 'nothing-selected', why: 'Select some text first.' };
  try {
    const context = addFact(await loadContext(), text);
    await saveContext(context);
    const index = context.facts.length - 1;
    return { ok: true, anchor: anchorId({ kind: 'fact', index }), facts: context.facts.length };
  } catch (error) {
    const appError = toAppError(error);
    const code = appError.code === 'context-entry-invalid' ? appError.code : 'internal';
    return { ok: false, code, why: appError.detail ?? appError.userText };
  }
}

/** Says what happened on the toolbar button of the tab where the user chose the item. */
async function confirm(outcome: RememberOutcome, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const action = browser.action;
  const title = outcome.ok
    ? `CoGenesis: remembered privately as fact ${outcome.anchor.replace('fact-', '')} (edit it in options, Your context)`
    : `CoGenesis: not remembered. ${outcome.why}`;
  await Promise.all([
    action.setBadgeText({ tabId, text: outcome.ok ? '✓' : '!' }),
    action.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#1d7a3a' : '#b3261e' }),
    action.setTitle({ tabId, title }),
  ]);
}

/**
 * The menu item on selections and what it does. The browser keeps the badge for the tab until it
 * navigates; the toolbar button's title says what was remembered and where to edit it.
 */
export function registerRememberMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: REMEMBER_MENU_ID,
      title: 'Remember this privately',
      contexts: ['selection'],
    });
  });
  const onClicked = async (
    info: { menuItemId: string | number; selectionText?: string },
    tab?: { id?: number },
  ) => {
    if (info.menuItemId !== REMEMBER_MENU_ID) return undefined;
    const outcome = await rememberSelection(info.selectionText);
    await confirm(outcome, tab?.id).catch(() => undefined);
    return outcome;
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onClicked(info, tab));
  // Headless Chromium shows no menus: the e2e build lets the tests fire the same handler.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { cogenesisTestRemember: onClicked });
}
