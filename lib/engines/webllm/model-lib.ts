import { AppError } from '../../errors';

/**
 * A model library (.wasm) is code. The engine loads it only from inside the extension: `lib` resolved
 * against `base` (the extension page or worker's own URL) must keep its scheme and host. Anything else
 * (web-llm's default code host, any download) is refused before web-llm sees it.
 */
export function bundledLibUrl(lib: string | undefined, base: string): string {
  if (!lib) throw new AppError('model-lib-not-bundled');
  const own = new URL(base);
  let url: URL;
  try {
    url = new URL(lib, own);
  } catch {
    throw new AppError('model-lib-not-bundled');
  }
  // Compared by scheme and host: URL.origin is "null" for extension schemes in some runtimes.
  if (url.protocol !== own.protocol || url.host !== own.host)
    throw new AppError('model-lib-not-bundled', `(It was to come from ${url.host || url.protocol}.)`);
  return url.href;
}
