import { browser } from 'wxt/browser';
import { isEnvelope, type Reply } from '../lib/messaging/envelope';
import type { ContentProtocol } from '../lib/messaging/protocol';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  WRITER_GLOBAL,
  WRITER_MODULE_PATH,
  type WriterHandle,
  type WriterModule,
} from '../lib/content/writer-module';
import {
  buttonShownOn,
  FIELD_BUTTON_KEY,
  parseSiteModes,
  SITE_MODES_KEY,
} from '../lib/settings/loader-settings';
import { modeFor, siteKey } from '../lib/settings/modes';

/** Could this element be a field a strategy handles? A cheap test; the writer decides for real. */
function mayBeField(element: Element | null): element is Element {
  if (!element) return false;
  const tag = element.tagName;
  return (
    tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'IFRAME' || (element as HTMLElement).isContentEditable
  );
}

/**
 * The loader: all a page pays for until a field is focused or the user triggers CoGenesis. It reads
 * two settings and, unless the site is Off, listens for focus and for the trigger. The writer (field
 * strategies, panel, messaging) is imported on first need.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteKey(location.href);
    if (site === undefined) return;
    const stored = await browser.storage.local.get([SITE_MODES_KEY, FIELD_BUTTON_KEY]);
    let modes = parseSiteModes(stored[SITE_MODES_KEY]);
    let button = buttonShownOn(stored[FIELD_BUTTON_KEY], site);
    let writer: Promise<WriterHandle> | undefined;
    let active = false;
    // The loader's own focus listener, only until the writer exists (it then listens itself).
    let focusWatch: AbortController | undefined;

    const loadWriter = () =>
      (writer ??= import(/* @vite-ignore */ browser.runtime.getURL(WRITER_MODULE_PATH)).then(() => {
        const module = (globalThis as unknown as Record<string, WriterModule>)[WRITER_GLOBAL];
        if (!module) throw new Error('writer module missing');
        focusWatch?.abort();
        const handle = module.create(ctx);
        handle.setButton(button);
        return handle;
      }));

    const trigger: keyof ContentProtocol = 'content:trigger';
    const onMessage = (message: unknown, _sender: unknown, respond: (reply: Reply<void>) => void) => {
      // The writer answers its own methods once loaded; the loader answers only the trigger.
      if (!isEnvelope(message) || message.method !== trigger) return undefined;
      // The shortcut reaches every frame of the tab; only the one holding focus loads the writer.
      if (!document.hasFocus()) {
        respond({ ok: true, value: undefined });
        return undefined;
      }
      loadWriter()
        .then((w) => w.trigger())
        .then(
          () => respond({ ok: true, value: undefined }),
          () => respond({ ok: false, error: { code: 'internal' } }),
        );
      return true;
    };

    const start = () => {
      active = true;
      focusWatch = new AbortController();
      document.addEventListener(
        'focusin',
        (event) => {
          const target = event.composedPath()[0];
          if (target instanceof Element && mayBeField(target))
            void loadWriter().then((w) => w.focused(target));
        },
        { capture: true, signal: focusWatch.signal },
      );
      browser.runtime.onMessage.addListener(onMessage);
    };
    const stop = () => {
      active = false;
      focusWatch?.abort();
      browser.runtime.onMessage.removeListener(onMessage);
      void writer?.then((w) => w.dispose());
      writer = undefined;
    };
    // On an Off site nothing touches the page: no listeners, no DOM. Only the settings are watched.
    const apply = () => {
      const off = modeFor(modes, site) === 'off';
      if (off && active) stop();
      else if (!off && !active) start();
      void writer?.then((w) => w.setButton(button));
    };
    apply();
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (SITE_MODES_KEY in changes) modes = parseSiteModes(changes[SITE_MODES_KEY]?.newValue);
      if (FIELD_BUTTON_KEY in changes) button = buttonShownOn(changes[FIELD_BUTTON_KEY]?.newValue, site);
      apply();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      stop();
    });
  },
});
