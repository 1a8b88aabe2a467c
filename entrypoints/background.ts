import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  serveBackground,
  triggerActiveTab,
  triggerActiveTabAnswered,
  triggerFromMenu,
} from '../lib/background/router';
import { watchConfirmWindows } from '../lib/background/confirm-window';
import { pushSiteStates } from '../lib/background/site-state';
import { registerRememberMenu } from '../lib/background/remember';

const MENU_ID = 'cogenesis-draft';

export default defineBackground(() => {
  serveBackground();
  pushSiteStates();
  watchConfirmWindows();
  registerRememberMenu();
  // Content scripts ask the background for their own site's answer; they need not read settings.
  // (Chrome has the access level for every area; where it is missing the call is skipped.)
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  // Returns the trigger's promise so that the e2e hook below can wait until every frame answered.
  const onCommand = (command: string) => (command === 'open-panel' ? triggerActiveTab() : undefined);
  const onMenu = (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => {
    if (info.menuItemId === MENU_ID) void triggerFromMenu(tab?.id, info.frameId);
  };
  browser.commands.onCommand.addListener(onCommand);
  browser.contextMenus.onClicked.addListener(onMenu);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: options opens with the capability check, the model choice and the endpoints (not in
    // the e2e build, where an extra tab would take the tests' active tab).
    if (reason === 'install' && import.meta.env.MODE !== 'e2e') void browser.runtime.openOptionsPage();
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Draft privately with CoGenesis',
      contexts: ['selection', 'editable'],
    });
  });
  // Headless Chromium has no window to deliver shortcuts or show menus; the e2e build lets the tests
  // fire the same handlers. Absent from release builds.
  if (import.meta.env.MODE === 'e2e') {
    // The command resolves when the tab has answered, so a test can check what did (not) happen then.
    const testCommand = (command: string) =>
      command === 'open-panel' ? triggerActiveTabAnswered() : undefined;
    Object.assign(globalThis, { cogenesisTestCommand: testCommand, cogenesisTestMenu: onMenu });
  }
  // Firefox has no offscreen documents: its background page is the engine host. The import is
  // dynamic so Chrome's service worker stays a thin router.
  if (import.meta.env.FIREFOX) void import('../lib/engine-host').then((host) => host.startEngineHost());
});
