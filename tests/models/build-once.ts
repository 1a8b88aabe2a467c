/**
 * Builds a cache directory at most once across processes (vitest workers, a unit and an e2e run side by
 * side): whoever creates `<dir>.lock` first builds into a private temporary directory and renames it to
 * `dir`, so a reader never sees a half-written cache; the others wait for the rename.
 */
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, watch } from 'node:fs/promises';
import { dirname } from 'node:path';

/** How often a waiter checks that the lock's holder is still alive (a crashed builder leaves its lock). */
const HOLDER_CHECK_MS = 2_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderGone(lock: string): Promise<boolean> {
  const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
  // An empty lock was just created and its pid is being written.
  return Number.isInteger(pid) && pid > 0 && !alive(pid);
}

/** Resolves once `done()` holds, rechecking on every change in `parent` and every HOLDER_CHECK_MS. */
async function waitUntil(done: () => Promise<boolean>, parent: string, timeoutMs: number): Promise<void> {
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(new Error('deadline')), timeoutMs);
  const events = watch(parent, { signal: controller.signal })[Symbol.asyncIterator]();
  let wake: () => void = () => undefined;
  const ticker = setInterval(() => wake(), HOLDER_CHECK_MS);
  try {
    while (!(await done())) {
      if (controller.signal.aborted) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${parent}`);
      await Promise.race([events.next(), new Promise<void>((resolve) => (wake = resolve))]);
    }
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${parent}`);
    throw error;
  } finally {
    clearTimeout(deadline);
    clearInterval(ticker);
    controller.abort();
  }
}

export async function buildOnce(
  dir: string,
  build: (tmp: string) => Promise<void>,
  timeoutMs = 15 * 60_000,
): Promise<void> {
  const parent = dirname(dir);
  const lock = `${dir}.lock`;
  await mkdir(parent, { recursive: true });
  while (!existsSync(dir)) {
    const handle = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (!handle) {
      await waitUntil(
        async () => existsSync(dir) || !existsSync(lock) || (await holderGone(lock)),
        parent,
        timeoutMs,
      );
      if (!existsSync(dir) && (await holderGone(lock))) await rm(lock, { force: true });
      continue;
    }
    const tmp = `${dir}.tmp-${process.pid}`;
    try {
      await handle.writeFile(String(process.pid));
      await handle.close();
      if (existsSync(dir)) return;
      await rm(tmp, { recursive: true, force: true });
      await mkdir(tmp);
      await build(tmp);
      await rename(tmp, dir);
    } finally {
      await rm(tmp, { recursive: true, force: true });
      await rm(lock, { force: true });
    }
  }
}
