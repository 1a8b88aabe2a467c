/**
 * The page side of `npm run bench:privacy-browser` (scripts/bench-privacy-browser.ts bundles this for
 * Chromium): the same privacy stage, store and long requests as bench:privacy, timed in the engine
 * the extension runs in. Each request is a task of its own, as in the engine host, where a preview
 * or a check answers a port message.
 */
import { EMPTY_POLICY, preparePrivacy, redactChecked } from '../../lib/privacy';
import { checkRedacted } from '../../lib/privacy/check-outbound';
import { rng, syntheticContext } from '../privacy-synthetic';
import { LONG_SETS, timedInputs, WARM_ROUNDS, warmInputs } from './long-inputs';
import { nextTask } from './next-task';
import { passOrder } from './pass-order';
import { REQUEST_MARKS } from './privacy-bench-marks';

/**
 * The timed requests in the order they ran: each one's place in timedInputs' order (the same request
 * in every run), set and length. Their times and GC pauses are read from the trace
 * (privacy-bench-trace.ts), whose marks come in the same order: the page's own clock is coarse (0.1 ms).
 */
export type TimedRequests = { id: number; set: string; chars: number }[];

const prepared = preparePrivacy(syntheticContext(rng(42)));

/** Redact until the guard passes, then the review (the panel's preview): one request, framed by marks if timed. */
function stage(text: string, marked = false): void {
  if (marked) performance.mark(REQUEST_MARKS.start);
  checkRedacted(redactChecked(text, prepared, EMPTY_POLICY), prepared, EMPTY_POLICY);
  if (marked) performance.mark(REQUEST_MARKS.end);
}

/** One run: `pass` orders each set's requests (pass-order.ts), so that runs differ in where GC falls. */
async function run(pass = 0): Promise<TimedRequests> {
  // The timed texts first, so that they are old by the time they are timed (bench-privacy.ts says why).
  const timed = LONG_SETS.map((set) => ({ set, texts: timedInputs(set) }));
  // bench:privacy's rounds of long requests (not its short instructions): the same seeds, apart from
  // the timed ones.
  for (let round = 0; round < WARM_ROUNDS; round++)
    for (const set of LONG_SETS) for (const text of warmInputs(set, round)) stage(text);
  const requests: TimedRequests = [];
  let first = 0;
  for (const { set, texts } of timed) {
    for (const i of passOrder(texts.length, pass)) {
      const text = texts[i] as string;
      requests.push({ id: first + i, set, chars: text.length });
      await nextTask();
      stage(text, true);
    }
    first += texts.length;
  }
  return requests;
}

(globalThis as { privacyBench?: typeof run }).privacyBench = run;
