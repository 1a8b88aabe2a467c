import { defineContentScript } from 'wxt/utils/define-content-script';
import { Writer } from '../lib/content/writer';
import { modeFor, siteKey } from '../lib/settings/modes';
import { siteModesItem } from '../lib/settings/site-modes';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteKey(location.href);
    if (site === undefined) return;
    let writer: Writer | undefined;
    const apply = (modes: Record<string, import('../lib/settings/modes').Mode>) => {
      const off = modeFor(modes, site) === 'off';
      // On an Off site nothing touches the page: no listeners, no DOM. Only the mode is watched.
      if (off && writer) {
        writer.dispose();
        writer = undefined;
      } else if (!off && !writer) {
        writer = new Writer(ctx);
        writer.start();
      }
    };
    apply(await siteModesItem.getValue());
    const unwatch = siteModesItem.watch(apply);
    ctx.onInvalidated(unwatch);
  },
});
