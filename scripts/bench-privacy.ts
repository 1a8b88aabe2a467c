/**
 * Times the privacy stage as the extension runs it for one request: redact the instruction, then guard
 * the outbound text, with a synthetic store of 200 facts and 30 profile fields (scripts/privacy-synthetic).
 *   npm run bench:privacy
 * Prints a short summary, then one JSON line of the figures (milliseconds).
 */
import { performance } from 'node:perf_hooks';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redact } from '../lib/privacy';
import { percentile } from './privacy-metrics';
import { rng, syntheticContext, syntheticInstructions } from './privacy-synthetic';

const REQUESTS = 2000;
const random = rng(42);
const context = syntheticContext(random);
const instructions = syntheticInstructions(random, REQUESTS);

const t0 = performance.now();
const prepared = preparePrivacy(context);
const prepareMs = performance.now() - t0;
// Again with an unchanged store: served from preparePrivacy's cache, what each later job pays.
const t1 = performance.now();
preparePrivacy(context);
const prepareWarmMs = performance.now() - t1;

// Warm-up: lazy word tables and the JIT, so the figures describe the steady state of a long-lived host.
for (const text of instructions.slice(0, 50)) redact(text, prepared, EMPTY_POLICY);

const redactTimes: number[] = [];
const totalTimes: number[] = [];
let redactions = 0;
let blocked = 0;
for (const text of instructions) {
  const start = performance.now();
  const result = redact(text, prepared, EMPTY_POLICY);
  const redacted = performance.now();
  const guard = guardPayload(result.outbound, prepared, EMPTY_POLICY);
  const end = performance.now();
  redactTimes.push(redacted - start);
  totalTimes.push(end - start);
  redactions += result.redactions.length;
  if (!guard.ok) blocked++;
}
redactTimes.sort((a, b) => a - b);
totalTimes.sort((a, b) => a - b);

const round = (x: number) => Number(x.toFixed(4));
const figures = {
  requests: REQUESTS,
  facts: context.facts.length,
  profileFields: Object.keys(context.profile).length,
  knownValues: prepared.known.length,
  prepareColdMs: round(prepareMs),
  prepareCachedMs: round(prepareWarmMs),
  redactP50Ms: round(percentile(redactTimes, 50)),
  redactP95Ms: round(percentile(redactTimes, 95)),
  redactAndGuardP50Ms: round(percentile(totalTimes, 50)),
  redactAndGuardP95Ms: round(percentile(totalTimes, 95)),
  redactionsPerRequest: round(redactions / REQUESTS),
  blockedAfterRedaction: blocked,
};
console.log(
  `privacy stage, ${REQUESTS} requests, ${figures.facts} facts, ${figures.profileFields} profile fields:` +
    ` redact p50 ${figures.redactP50Ms} ms, p95 ${figures.redactP95Ms} ms; redact+guard p50 ${figures.redactAndGuardP50Ms} ms`,
);
console.log(JSON.stringify(figures));
