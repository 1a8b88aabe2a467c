/**
 * Receives session tokens posted by the content script. Any script of the host page could post too,
 * so every candidate is tried against the background, which knows the real one.
 */
export function onTokenCandidates(handle: (token: string) => void, signal: AbortSignal): void {
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const token: unknown = (event.data as { cogenesisToken?: unknown } | null)?.cogenesisToken;
      if (typeof token === 'string' && token.length <= 64) handle(token);
    },
    { signal },
  );
}
