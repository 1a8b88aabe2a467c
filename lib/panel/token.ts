/**
 * Receives session tokens posted by the content script. Any script of the host page could post too,
 * so every candidate is tried against the background, which knows the real one.
 *
 * Listening starts when this module loads, before the UI renders: the content script posts on the
 * iframe's load event, which can come before the first effect runs.
 */
const candidates: string[] = [];
let subscriber: ((token: string) => void) | undefined;

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const token: unknown = (event.data as { cogenesisToken?: unknown } | null)?.cogenesisToken;
  if (typeof token !== 'string' || token.length > 64) return;
  if (subscriber) subscriber(token);
  else candidates.push(token);
});

/** Hands every candidate so far, then each new one, to `handle`. */
export function onTokenCandidates(handle: (token: string) => void): () => void {
  subscriber = handle;
  for (const token of candidates.splice(0)) handle(token);
  return () => {
    subscriber = undefined;
  };
}
