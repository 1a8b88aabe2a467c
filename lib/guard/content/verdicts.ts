import type { BackgroundProtocol } from '../../messaging/protocol';
import { callBackground } from '../../messaging/rpc';
import type { GuardVerdict } from '../types';

/** How long a check may take before the submission is held as failed (the host may be starting). */
const CHECK_TIMEOUT_MS = 8_000;
/** Verdicts kept: the text being typed and a few before it (an undo brings one back). */
const KEEP = 16;

/**
 * Verdicts for the composer's texts, asked of the background as the user types, so that at submit
 * time the verdict for the exact text is usually known and a clean prompt goes out with no delay.
 */
export class Verdicts {
  private readonly known = new Map<string, GuardVerdict>();
  private readonly asking = new Map<string, Promise<GuardVerdict>>();

  get(text: string): GuardVerdict | undefined {
    return this.known.get(text);
  }

  /** The verdict for `text`: known, being asked, or asked now. Never rejects: a failure is 'failed'. */
  check(text: string): Promise<GuardVerdict> {
    const known = this.known.get(text);
    if (known) return Promise.resolve(known);
    let asking = this.asking.get(text);
    if (!asking) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<GuardVerdict>((resolve) => {
        timer = setTimeout(() => resolve('failed'), CHECK_TIMEOUT_MS);
      });
      const asked = callBackground<BackgroundProtocol, 'content:guard-check'>('content:guard-check', { text })
        .then((verdict): GuardVerdict => (verdict === 'clean' || verdict === 'held' ? verdict : 'failed'))
        .catch((): GuardVerdict => 'failed');
      asking = Promise.race([asked, late]).then((verdict) => {
        clearTimeout(timer);
        this.asking.delete(text);
        // A failure is not remembered: the next attempt asks again.
        if (verdict !== 'failed') this.remember(text, verdict);
        return verdict;
      });
      this.asking.set(text, asking);
    }
    return asking;
  }

  private remember(text: string, verdict: GuardVerdict): void {
    this.known.delete(text);
    this.known.set(text, verdict);
    while (this.known.size > KEEP) {
      const oldest = this.known.keys().next().value;
      if (oldest === undefined) break;
      this.known.delete(oldest);
    }
  }
}
