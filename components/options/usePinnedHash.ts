import { useEffect } from 'preact/hooks';

/**
 * Keeps what the hash names (#sites, #context/fact-3) in view while the sections above it load and
 * grow, until the user scrolls, types or clicks; marks a named entry with data-targeted (CSS :target
 * is decided at load, before the entries exist). Event-driven: re-placed on each size change only.
 */
export function usePinnedHash(): void {
  useEffect(() => {
    const root = document.querySelector('main');
    if (!root) return;
    let stop: AbortController | undefined;
    const place = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const entry = id.includes('/') ? document.getElementById(id) : null;
      document
        .querySelectorAll('[data-targeted]')
        .forEach((el) => el !== entry && el.removeAttribute('data-targeted'));
      entry?.setAttribute('data-targeted', '');
      const target = entry ?? document.getElementById(id.split('/')[0] ?? '');
      target?.scrollIntoView({ block: entry ? 'center' : 'start' });
    };
    const pin = () => {
      stop?.abort();
      stop = new AbortController();
      const observer = new ResizeObserver(place);
      observer.observe(root);
      const release = () => {
        observer.disconnect();
        stop?.abort();
      };
      for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'])
        addEventListener(type, release, { signal: stop.signal, once: true, passive: true });
      stop.signal.addEventListener('abort', () => observer.disconnect());
      place();
    };
    pin();
    addEventListener('hashchange', pin);
    return () => {
      removeEventListener('hashchange', pin);
      stop?.abort();
    };
  }, []);
}
