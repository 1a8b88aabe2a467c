import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serveBackground, triggerActiveTab } from '../lib/background/router';

export default defineBackground(() => {
  serveBackground();
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-panel') void triggerActiveTab();
  });
  // Firefox has no offscreen documents: its background page is the engine host. The import is
  // dynamic so Chrome's service worker stays a thin router.
  if (import.meta.env.FIREFOX) void import('../lib/engine-host').then((host) => host.startEngineHost());
});
