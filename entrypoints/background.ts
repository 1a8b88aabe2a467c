import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serveBackground, triggerActiveTab } from '../lib/background/router';

export default defineBackground(() => {
  serveBackground();
  const onCommand = (command: string) => {
    if (command === 'open-panel') void triggerActiveTab();
  };
  browser.commands.onCommand.addListener(onCommand);
  // Headless Chromium has no window to deliver shortcuts to; the e2e build lets the tests fire the
  // same handler the shortcut fires. Absent from release builds.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { cogenesisTestCommand: onCommand });
  // Firefox has no offscreen documents: its background page is the engine host. The import is
  // dynamic so Chrome's service worker stays a thin router.
  if (import.meta.env.FIREFOX) void import('../lib/engine-host').then((host) => host.startEngineHost());
});
