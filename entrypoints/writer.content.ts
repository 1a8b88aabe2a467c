import { defineContentScript } from 'wxt/utils/define-content-script';
import { Writer } from '../lib/content/writer';
import { buttonShownOn, fieldButtonItem, type FieldButtonSettings } from '../lib/settings/field-button';
import { modeFor, siteKey, type Mode } from '../lib/settings/modes';
import { siteModesItem } from '../lib/settings/site-modes';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteKey(location.href);
    if (site === undefined) return;
    let writer: Writer | undefined;
    let [modes, button] = await Promise.all([siteModesItem.getValue(), fieldButtonItem.getValue()]);
    const apply = () => {
      const off = modeFor(modes, site) === 'off';
      // On an Off site nothing touches the page: no listeners, no DOM. Only the settings are watched.
      if (off && writer) {
        writer.dispose();
        writer = undefined;
      } else if (!off && !writer) {
        writer = new Writer(ctx);
        writer.start();
      }
      writer?.setButton(buttonShownOn(button, site));
    };
    apply();
    const unwatchModes = siteModesItem.watch((next: Record<string, Mode>) => {
      modes = next;
      apply();
    });
    const unwatchButton = fieldButtonItem.watch((next: FieldButtonSettings) => {
      button = next;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatchModes();
      unwatchButton();
    });
  },
});
