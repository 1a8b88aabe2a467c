import { browser } from 'wxt/browser';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

/** Makes sure the engine host exists. On Firefox the background page is the engine host. */
export async function ensureEngineHost(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  const offscreen = browser.offscreen;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({
    contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [offscreen.Reason.WORKERS],
      justification: 'Runs the on-device model and the private writing pipeline.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
