/**
 * Dumps what the privacy stage produces, so a change meant only for speed can be checked for identical
 * output: run on two commits, diff the files.
 *   npx tsx scripts/privacy-outputs.ts OUT.jsonl [PUPA.csv]
 * For each request: the outbound text and spans of redact until the guard passes (redact-checked.ts), the guard's verdict and findings on both the
 * raw request and the outbound text, and the review's doubts (possibly-private.ts) on both. Inputs: PUPA (empty context, and its items given as context), the
 * synthetic short instructions with the bench's 200-fact context, texts holding that context's values
 * mistyped (lib/near-misses.ts), and the generated long sets.
 * The file holds private-looking values of these test inputs only (all public or invented).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EMPTY_CONTEXT } from '../lib/context/types';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redactChecked } from '../lib/privacy';
import { findPossiblyPrivate } from '../lib/privacy/possibly-private';
import type { PreparedContext } from '../lib/privacy';
import { parseCsvRecords } from './lib/csv';
import { LONG_SETS, longInputs } from './lib/long-inputs';
import { nearMissTexts } from './lib/near-misses';
import { itemsOf } from './privacy-metrics';
import { rng, syntheticContext, syntheticInstructions } from './privacy-synthetic';

const [out, pupaPath] = process.argv.slice(2);
if (!out) throw new Error('usage: privacy-outputs.ts OUT.jsonl [PUPA.csv]');
const lines: string[] = [];

function dump(tag: string, text: string, prepared: PreparedContext) {
  const r = redactChecked(text, prepared, EMPTY_POLICY);
  const guardRaw = guardPayload(text, prepared, EMPTY_POLICY);
  const guardOut = guardPayload(r.outbound, prepared, EMPTY_POLICY, undefined, r.vault);
  lines.push(
    JSON.stringify({
      tag,
      outbound: r.outbound,
      redactions: r.redactions,
      guardRaw,
      guardOut,
      doubtsRaw: findPossiblyPrivate(text, prepared, EMPTY_POLICY),
      doubtsOut: findPossiblyPrivate(r.outbound, prepared, EMPTY_POLICY),
    }),
  );
}

if (pupaPath) {
  const records = parseCsvRecords(readFileSync(pupaPath, 'utf8'));
  const empty = preparePrivacy(EMPTY_CONTEXT);
  records.forEach((rec, i) => {
    const query = rec.user_query ?? '';
    dump(`pupa-empty-${i}`, query, empty);
    const items = itemsOf(query, rec.pii_units ?? '');
    const prepared = preparePrivacy({ ...EMPTY_CONTEXT, facts: items.map((text) => ({ text })) });
    dump(`pupa-items-${i}`, query, prepared);
  });
}

const random = rng(42);
const context = syntheticContext(random);
const prepared = preparePrivacy(context);
syntheticInstructions(random, 2000).forEach((text, i) => dump(`short-${i}`, text, prepared));
const values = prepared.known.map((known) => known.value);
nearMissTexts(values, rng(9), 500).forEach((text, i) => dump(`near-${i}`, text, prepared));
for (const set of LONG_SETS) {
  for (const seed of [7, 1000 + LONG_SETS.indexOf(set)]) {
    longInputs(set, seed, seed === 7 ? 1 : 5).forEach((text, i) =>
      dump(`${set}-${seed}-${i}`, text, prepared),
    );
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} requests written to ${out}`);
