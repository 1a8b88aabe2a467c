import { ContentScriptContext } from '../../../lib/content/quiet-context';

/**
 * The content script's context replaces WXT's, which talks to the page (postMessage, a document event
 * named with the extension id). These tests run in Node, where there is no window or document: a
 * context that touched the page would throw here.
 */
const runtime = (globalThis as unknown as { chrome: { runtime: { id?: string } } }).chrome.runtime;

describe('the content script context', () => {
  let id: string | undefined;
  beforeEach(() => {
    id = runtime.id;
  });
  afterEach(() => {
    runtime.id = id;
  });

  it('is made, asked and invalidated without a page to talk to', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const ctx = new ContentScriptContext('loader');
    expect(ctx.isValid).toBe(true);
    const seen: string[] = [];
    ctx.onInvalidated(() => seen.push('invalidated'));
    ctx.notifyInvalidated();
    expect(ctx.isInvalid).toBe(true);
    expect(seen).toEqual(['invalidated']);
  });

  it('notices the extension was reloaded or removed (its runtime id is gone) when asked', () => {
    const ctx = new ContentScriptContext('loader');
    const seen: string[] = [];
    ctx.onInvalidated(() => seen.push('invalidated'));
    runtime.id = undefined;
    expect(ctx.isValid).toBe(false);
    expect(ctx.signal.aborted).toBe(true);
    expect(seen).toEqual(['invalidated']);
  });

  it('a removed listener is not called', () => {
    const ctx = new ContentScriptContext('loader');
    const seen: string[] = [];
    const off = ctx.onInvalidated(() => seen.push('invalidated'));
    off();
    ctx.abort();
    expect(seen).toEqual([]);
  });
});
