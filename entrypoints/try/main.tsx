import { render } from 'preact';
import { browser } from 'wxt/browser';
import { TryApp } from '../../components/try/TryApp';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Writer } from '../../lib/content/writer';
import type { Envelope, Reply } from '../../lib/messaging/envelope';
import type { ContentProtocol, SiteState } from '../../lib/messaging/protocol';
import { serve } from '../../lib/messaging/rpc';
import { markTried } from '../../lib/options/first-run';
import { applyScheme } from '../../lib/ui/scheme';
import '../../components/base.css';
import '../../components/options/options.css';

/**
 * The try page runs the same writer the content script loads on web pages (browsers run no content
 * script in an extension's own pages), so the ✦ button, the shortcut and the panel are the real ones.
 */
async function start(): Promise<void> {
  const envelope: Envelope = { cogenesis: 1, method: 'content:site-state', params: {} };
  const reply = (await browser.runtime.sendMessage(envelope).catch(() => undefined)) as
    Reply<SiteState> | undefined;
  const state = reply?.ok ? reply.value : { on: false, button: false };
  const root = document.getElementById('app');
  if (root) render(<TryApp state={state} />, root);
  if (!state.on) return;
  const writer = new Writer(new ContentScriptContext('try'));
  writer.start();
  writer.setButton(state.button);
  serve<ContentProtocol>({ 'content:trigger': () => writer.trigger() });
  // The step is done once the panel has opened here (its host element joins <html>).
  const watch = new MutationObserver(() => {
    if (!document.querySelector('[data-cogenesis="panel"]')) return;
    watch.disconnect();
    void markTried();
  });
  watch.observe(document.documentElement, { childList: true });
}

applyScheme();
void start();
