/**
 * npm run profile:privacy -- <set> [--rounds=N]: a CPU profile of the privacy stage (redact until the
 * guard passes, then the review: bench:privacy's request) on one long set's requests (table, log,
 * code, email or letter), written to .output/profile/privacy-<set>.cpuprofile for Chrome DevTools'
 * Performance panel or any .cpuprofile reader.
 *
 * The profiler starts after the warm-up (bench:privacy's rounds of every set) and stops after the
 * set's requests: a profile of the whole process (node --cpu-prof) holds the warm-up too, about as long
 * as the requests, and shows the other sets' costs (a letter's dates, say) as this set's. N rounds of
 * the set's requests are profiled (4 by default, 120 requests: some ten samples for a function of 1%),
 * the first the ones bench:privacy times. Ends with one JSON line: the set, the requests profiled,
 * µs per character while profiling, the file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { EMPTY_POLICY, preparePrivacy, redactChecked } from '../lib/privacy';
import { checkRedacted } from '../lib/privacy/check-outbound';
import {
  LONG_SETS,
  longInputs,
  TIMED_PER_SIZE,
  timedInputs,
  WARM_ROUNDS,
  warmInputs,
  type LongSet,
} from './lib/long-inputs';
import { trimEnds } from './lib/profile-trim';
import { rng, syntheticContext } from './privacy-synthetic';

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run profile:privacy -- <${LONG_SETS.join('|')}> [--rounds=N]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const set = (args.find((a) => !a.startsWith('--')) ?? usage('Give the set to profile.')) as LongSet;
if (!LONG_SETS.includes(set)) usage(`No set "${set}".`);
const roundsArg = args.find((a) => a.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 4;
if (!Number.isInteger(rounds) || rounds < 1) usage('--rounds takes a whole number, 1 or more.');

// bench:privacy's context and, first, the requests it times; each further round new requests of the
// same set (a request seen before would find its phone numbers' answers remembered).
const prepared = preparePrivacy(syntheticContext(rng(42)));
const stage = (text: string) =>
  checkRedacted(redactChecked(text, prepared, EMPTY_POLICY), prepared, EMPTY_POLICY);
const roundTexts = Array.from({ length: rounds }, (_, round) =>
  round === 0 ? timedInputs(set) : longInputs(set, 2000 + round, TIMED_PER_SIZE),
);
for (let round = 0; round < WARM_ROUNDS; round++)
  for (const warm of LONG_SETS) for (const text of warmInputs(warm, round)) stage(text);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
// 100 µs between samples: a 20,000-character request (about 3 ms) gets some thirty.
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
let ms = 0;
let chars = 0;
for (const texts of roundTexts)
  for (const text of texts) {
    const start = performance.now();
    stage(text);
    ms += performance.now() - start;
    chars += text.length;
  }
const { profile } = await session.post('Profiler.stop');
session.disconnect();
trimEnds(profile);

const dir = join('.output', 'profile');
mkdirSync(dir, { recursive: true });
const file = join(dir, `privacy-${set}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));
const usPerChar = Number(((ms * 1000) / chars).toFixed(3));
const requests = roundTexts.flat().length;
console.log(`${set}: ${requests} requests profiled, ${usPerChar} µs/char while profiled -> ${file}`);
console.log(JSON.stringify({ profile: 'privacy', set, requests: requests, usPerChar, file }));
