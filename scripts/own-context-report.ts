/**
 * The own-context suite as eval-privacy prints it: a table per kind (leak % per redactor, guard catch %),
 * the evasion subset and the controls, and the figures for the final JSON line.
 */
import { writeFileSync } from 'node:fs';
import { peers } from './privacy-peers';
import { percentile } from './privacy-metrics';
import { cogenesis, runGuard, runOwn, type OwnRow, type Tally } from './own-context-measure';
import { VALUE_KINDS } from './own-context-personas';
import { generateSuite, type Suite } from './own-context-suite';
import { occurs, partlyThere, visible } from './own-context-text';

const rate = (t: Tally) => (t.n === 0 ? 0 : t.hit / t.n);
const pct = (t: Tally) => (t.n === 0 ? '–' : (100 * rate(t)).toFixed(1));
const round = (x: number) => Number(x.toFixed(4));

const slug = (name: string) =>
  name.startsWith('CoGenesis') ? 'cogenesis' : name.replace(/ \(.*$/, '').replace(/^@/, '');

function figures(row: OwnRow) {
  return {
    leakRate: round(rate(row.forms)),
    leakByKind: Object.fromEntries(VALUE_KINDS.map((k) => [k, round(rate(row.byKind[k]))])),
    leakInclPartialRate: round(rate(row.partial)),
    leakInclPartialByKind: Object.fromEntries(VALUE_KINDS.map((k) => [k, round(rate(row.partialByKind[k]))])),
    leakByPersona: Object.fromEntries(Object.entries(row.byPersona).map(([k, t]) => [k, round(rate(t))])),
    runScriptLeakRate: round(rate(row.runScript)),
    pairLeakRate: round(rate(row.pairs)),
    evasionLeakRate: round(rate(row.evasion)),
    evasionLeakByType: Object.fromEntries(
      Object.entries(row.evasionByType).map(([k, t]) => [k, round(rate(t))]),
    ),
    controlsKept: round(rate(row.controls)),
    p50Ms: round(percentile(row.times, 50)),
    p95Ms: round(percentile(row.times, 95)),
  };
}

/**
 * Every case with CoGenesis's outbound text, as JSON Lines, for whoever improves the detectors: which
 * form leaked, in which instruction, and which control phrase was withheld. The personas are invented.
 */
function writeCases(file: string, suite: Suite, row: OwnRow): void {
  const lines = [
    ...suite.cases.map((c, i) => {
      const outbound = row.outbounds[i] ?? '';
      const leaked = row.leakedCases.has(i);
      return { ...c, outbound, leaked, partial: leaked || partlyThere(outbound, c.form, c.instruction) };
    }),
    ...suite.controls.map((c, i) => {
      const outbound = row.controlOutbounds[i] ?? '';
      return { subset: 'control', ...c, outbound, kept: occurs(visible(outbound), visible(c.phrase)) };
    }),
  ];
  writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
}

export interface OwnOptions {
  seed?: number;
  /** Write every case with CoGenesis's outbound text to this file (JSON Lines). */
  casesFile?: string;
}

/** Runs the suite, prints its tables, returns the figures for the JSON line. */
export function ownContextSuite({ seed, casesFile }: OwnOptions = {}): Record<string, unknown> {
  const suite = generateSuite(seed);
  const ours = cogenesis();
  const rows = [
    runOwn(suite, ours),
    ...peers.map((peer) => runOwn(suite, { name: peer.name, redact: (t) => peer.redact(t) })),
  ];
  const first = rows[0];
  if (!first) throw new Error('no redactor ran');
  const guard = runGuard(suite, ours.prepared, first);
  if (casesFile) writeCases(casesFile, suite, first);
  const values = suite.personas.reduce((n, p) => n + p.values.length, 0);

  console.log(
    `\nOwn-context suite: ${suite.personas.length} personas, ${values} stored values, ${first.forms.n} typed forms, ` +
      `${first.evasion.n} evasion variants, ${first.controls.n} control phrases\n`,
  );
  console.log(
    'Leak % = typed forms still readable in the outbound text; guard % = unredacted instructions blocked.\n',
  );
  console.log(`| kind | n | ${rows.map((r) => `${r.name} leak %`).join(' | ')} | guard blocks % |`);
  console.log(`|---|---:|${rows.map(() => '---:|').join('')}---:|`);
  const line = (label: string, pick: (r: OwnRow) => Tally, g: Tally) =>
    console.log(`| ${label} | ${pick(first).n} | ${rows.map((r) => pct(pick(r))).join(' | ')} | ${pct(g)} |`);
  for (const kind of VALUE_KINDS) line(kind, (r) => r.byKind[kind], guard.byKind[kind]);
  line('**all typed forms**', (r) => r.forms, guard.forms);
  line('all typed forms, partial leaks too', (r) => r.partial, guard.forms);
  line('in Han or Thai script', (r) => r.runScript, guard.runScript);
  line('sharing an instruction with another value', (r) => r.pairs, guard.pairs);
  line('evasion subset', (r) => r.evasion, guard.evasion);
  console.log(
    `| control phrases kept % (guard: passed %) | ${first.controls.n} | ${rows.map((r) => pct(r.controls)).join(' | ')} | ${pct(guard.controls)} |`,
  );
  console.log(
    `\nInstructions whose CoGenesis redaction leaked the value: ${guard.leakingRaw.n}; the guard blocks ` +
      `${guard.leakingRaw.hit} of them sent unredacted, and ${guard.leakedOutbound.hit} of their redacted texts.`,
  );
  const withheld = Object.values(first.shapes).reduce((a, b) => a + b, 0);
  const share = (n: number) => ((100 * n) / Math.max(1, withheld)).toFixed(1);
  console.log(
    `CoGenesis's withheld typed forms (${withheld}): one placeholder of a fitting type ${share(first.shapes['one-fitting'])} %, ` +
      `one of another type ${share(first.shapes['one-other-type'])} %, split into several ${share(first.shapes.several)} %, ` +
      `not decidable ${share(first.shapes.unknown)} %.`,
  );
  console.log(
    `CoGenesis redact with a persona context: p50 ${percentile(first.times, 50).toFixed(3)} ms, p95 ${percentile(first.times, 95).toFixed(3)} ms`,
  );

  return {
    seed: seed ?? null,
    personas: suite.personas.length,
    values,
    typedForms: first.forms.n,
    evasionVariants: first.evasion.n,
    controls: first.controls.n,
    redactors: Object.fromEntries(rows.map((r) => [slug(r.name), figures(r)])),
    placeholders: {
      withheld: Object.values(first.shapes).reduce((a, b) => a + b, 0),
      ...first.shapes,
    },
    guard: {
      catchRate: round(rate(guard.forms)),
      catchByKind: Object.fromEntries(VALUE_KINDS.map((k) => [k, round(rate(guard.byKind[k]))])),
      runScriptCatchRate: round(rate(guard.runScript)),
      pairCatchRate: round(rate(guard.pairs)),
      evasionCatchRate: round(rate(guard.evasion)),
      leakingInstructionsBlocked: round(rate(guard.leakingRaw)),
      leakedOutboundBlocked: round(rate(guard.leakedOutbound)),
      leakingInstructions: guard.leakingRaw.n,
      controlsPassed: round(rate(guard.controls)),
    },
  };
}
