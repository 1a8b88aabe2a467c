/**
 * DOM-level input that editors handle natively. The content script runs in an isolated world and
 * cannot reach an editor's instance, but events it dispatches reach the page's listeners, and
 * editors read the DOM selection and the event's DataTransfer like they would for a user's paste.
 */

/** Waits for the page's own handlers (selectionchange, React renders, throttled observers). */
export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The document's next `selectionchange` (editors sync on it), or `ms` at the latest. */
export function selectionChange(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    }
    doc.addEventListener('selectionchange', done, { once: true });
  });
}

/**
 * Resolves true once `done` holds, re-checked whenever `root`'s content changes (editors render after
 * their own handlers), or false after `ms`. Event-driven: no polling.
 */
export function whenChanged(root: Node, done: () => boolean, ms: number): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (result: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    };
    const observer = new MutationObserver(() => {
      if (done()) finish(true);
    });
    const timer = setTimeout(() => finish(done()), ms);
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One `<p>` per paragraph (blank-line separated), single line breaks as `<br>`. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/** Gives the root focus (in its own frame too) and puts the DOM selection on `range`. */
export function select(root: HTMLElement, range: Range): void {
  const view = root.ownerDocument.defaultView;
  if (view && view !== window) view.focus();
  if (root.ownerDocument.activeElement !== root) root.focus({ preventScroll: true });
  const selection = view?.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** A synthetic paste, as the editor's own paste handler expects it; true when it was handled. */
export function paste(target: HTMLElement, text: string, html?: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (html !== undefined) data.setData('text/html', html);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Ctrl+Z as a keydown: every editor with its own history binds it (they ignore `isTrusted`). */
export function pressUndo(target: HTMLElement): void {
  // Editors bind the platform's modifier: Cmd on Apple systems, Ctrl elsewhere.
  const apple = /Mac|iPhone|iPad/.test(navigator.platform);
  const init = {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    which: 90,
    ctrlKey: !apple,
    metaKey: apple,
    bubbles: true,
    cancelable: true,
  };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}
