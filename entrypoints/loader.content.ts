import { browser } from 'wxt/browser';
import type { Reply } from '../lib/messaging/envelope';
import type { BackgroundProtocol, ContentProtocol, SiteState } from '../lib/messaging/protocol';
import { envelopeOf, isCall, replyWith } from '../lib/messaging/reply';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  WRITER_GLOBAL,
  WRITER_MODULE_PATH,
  type WriterHandle,
  type WriterModule,
} from '../lib/content/writer-module';
import { siteKey } from '../lib/settings/modes';
import {
  GUARD_GLOBAL,
  GUARD_MODULE_PATH,
  type GuardHandle,
  type GuardModule,
} from '../lib/guard/content/module';

/** Could this element be a field a strategy handles? A cheap test; the writer decides for real. */
function mayBeField(element: Element | null): element is Element {
  if (!element) return false;
  const tag = element.tagName;
  return (
    tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'IFRAME' || (element as HTMLElement).isContentEditable
  );
}

/** Imports a lazily loaded part of the content script and returns the factory it leaves behind. */
async function importModule<T>(
  path: typeof WRITER_MODULE_PATH | typeof GUARD_MODULE_PATH,
  name: string,
): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(path));
  const module = (globalThis as unknown as Record<string, T | undefined>)[name];
  if (!module) throw new Error('module missing');
  return module;
}

/** This frame's answer from the background (which decides by the tab's top-level site). */
async function askSiteState(): Promise<SiteState> {
  const envelope = envelopeOf<BackgroundProtocol, 'content:site-state'>('content:site-state', {});
  const reply = (await browser.runtime.sendMessage(envelope).catch(() => undefined)) as
    Reply<SiteState> | undefined;
  return reply?.ok ? reply.value : { on: false, button: false };
}

/**
 * The loader: all a page pays for until a field is focused or the user triggers CoGenesis. It asks
 * the background for this site's answer and, unless the site is Off, listens for focus and for the
 * trigger. The writer (field strategies, panel, messaging) is imported on first need. On an Off site
 * the page sees nothing: no DOM, no listener, no message (see lib/content/quiet-context.ts).
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (siteKey(location.href) === undefined) return;
    let state = await askSiteState();
    let writer: Promise<WriterHandle> | undefined;
    // Guard mode (AI chat sites) loads its own module instead of the writer, at once: it must see
    // the first submission.
    let guard: Promise<GuardHandle> | undefined;
    let active = false;
    // The loader's own focus listener, only until the writer exists (it then listens itself).
    let focusWatch: AbortController | undefined;

    const loadWriter = () =>
      (writer ??= importModule<WriterModule>(WRITER_MODULE_PATH, WRITER_GLOBAL).then((module) => {
        focusWatch?.abort();
        const handle = module.create(ctx);
        handle.setButton(state.button);
        return handle;
      }));
    const loadGuard = () =>
      (guard ??= importModule<GuardModule>(GUARD_MODULE_PATH, GUARD_GLOBAL).then((module) =>
        module.create(ctx),
      ));

    const onMessage = (message: unknown, _sender: unknown, respond: (reply: Reply<void>) => void) => {
      // Runtime messages come only from our own extension; the page cannot send or see them.
      if (isCall<ContentProtocol>(message, 'content:site-changed')) {
        const next = message.params as Partial<SiteState> | null;
        const wasGuard = state.guard === true;
        state = { on: next?.on === true, button: next?.button === true, guard: next?.guard === true };
        if (active && wasGuard !== state.guard) stop();
        apply();
        respond({ ok: true, value: undefined });
        return undefined;
      }
      // The writer answers its own methods once loaded; the loader answers only the trigger.
      if (!active || !isCall<ContentProtocol>(message, 'content:trigger')) return undefined;
      // The shortcut reaches every frame of the tab; only the one holding focus loads the writer.
      if (!document.hasFocus()) {
        respond({ ok: true, value: undefined });
        return undefined;
      }
      // A failure reaches the background with its code (rpc.ts rebuilds the AppError).
      replyWith(
        respond,
        (state.guard ? loadGuard() : loadWriter()).then((w) => w.trigger()),
      );
      return true;
    };

    const start = () => {
      active = true;
      if (state.guard) return void loadGuard();
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
    };
    const stop = () => {
      active = false;
      focusWatch?.abort();
      void writer?.then((w) => w.dispose());
      void guard?.then((g) => g.dispose());
      writer = undefined;
      guard = undefined;
    };
    // On an Off site nothing touches the page: no listeners, no DOM.
    const apply = () => {
      if (!state.on && active) stop();
      else if (state.on && !active) start();
      void writer?.then((w) => w.setButton(state.button));
    };
    apply();
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      stop();
    });
  },
});
