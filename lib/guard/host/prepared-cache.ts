import { loadContext } from '../../context/store';
import { preparePrivacy } from '../../privacy';
import type { PreparedContext } from '../../privacy/types';

/**
 * How long a prepared context is reused. Checks come on every pause in typing, and preparing reads
 * the whole store; an edit to the context reaches the check within this time.
 */
const FRESH_MS = 5_000;

let cached: { at: number; prepared: Promise<PreparedContext> } | undefined;

export function preparedForGuard(now = Date.now()): Promise<PreparedContext> {
  if (!cached || now - cached.at > FRESH_MS) {
    const prepared = loadContext().then(preparePrivacy);
    cached = { at: now, prepared };
    // A failed read is not kept: the next check tries again.
    prepared.catch(() => {
      if (cached?.prepared === prepared) cached = undefined;
    });
  }
  return cached.prepared;
}
