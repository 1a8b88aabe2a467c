/**
 * Runs redactors on the own-context suite and counts, per kind, the typed forms still readable in the
 * outbound text (leaks), the control phrases kept verbatim, and what the outbound guard does with the
 * unredacted instructions. Originals are never printed: only counts leave this module.
 */
import { performance } from 'node:perf_hooks';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redact, type PreparedContext } from '../lib/privacy';
import type { Persona, ValueKind } from './own-context-personas';
import { VALUE_KINDS } from './own-context-personas';
import type { Suite } from './own-context-suite';
import { occurs, partlyThere, stillThere, visible } from './own-context-text';
import { shapeOf, type Shape } from './own-context-shape';

export interface Tally {
  n: number;
  hit: number;
}
const tally = (): Tally => ({ n: 0, hit: 0 });
const count = (t: Tally, hit: boolean) => {
  t.n++;
  if (hit) t.hit++;
};

/** A redactor: CoGenesis gets the persona's context, the peers get nothing but the text. */
export interface OwnRedactor {
  name: string;
  redact(instruction: string, persona: Persona): string;
}

export interface OwnRow {
  name: string;
  /** hit = leaked. */
  byKind: Record<ValueKind, Tally>;
  forms: Tally;
  /** hit = the whole form or part of it (see partlyThere) leaked. */
  partial: Tally;
  partialByKind: Record<ValueKind, Tally>;
  byPersona: Record<string, Tally>;
  runScript: Tally;
  /** The forms that shared their instruction with another value. */
  pairs: Tally;
  evasion: Tally;
  evasionByType: Record<string, Tally>;
  /** What replaced the withheld typed forms (see own-context-shape.ts). */
  shapes: Record<Shape, number>;
  /** hit = kept verbatim. */
  controls: Tally;
  times: number[];
  /** Per case index: whether the outbound still held the form (for the guard's second look). */
  leakedCases: Set<number>;
  outbounds: string[];
  controlOutbounds: string[];
}

const byKind = () => Object.fromEntries(VALUE_KINDS.map((k) => [k, tally()])) as Record<ValueKind, Tally>;

/** The extension's own code path, as `npm run redact` runs it: the persona's context, an empty policy. */
export function cogenesis(): OwnRedactor & { prepared(persona: Persona): PreparedContext } {
  const cache = new Map<string, PreparedContext>();
  const prepared = (persona: Persona) => {
    let p = cache.get(persona.id);
    if (!p) cache.set(persona.id, (p = preparePrivacy(persona.context)));
    return p;
  };
  return {
    name: 'CoGenesis (persona context)',
    prepared,
    redact: (instruction, persona) => redact(instruction, prepared(persona), EMPTY_POLICY).outbound,
  };
}

export function runOwn(suite: Suite, redactor: OwnRedactor): OwnRow {
  const personas = new Map(suite.personas.map((p) => [p.id, p]));
  const row: OwnRow = {
    name: redactor.name,
    byKind: byKind(),
    forms: tally(),
    partial: tally(),
    partialByKind: byKind(),
    byPersona: {},
    runScript: tally(),
    pairs: tally(),
    evasion: tally(),
    evasionByType: {},
    shapes: { 'one-fitting': 0, 'one-other-type': 0, several: 0, unknown: 0 },
    controls: tally(),
    times: [],
    leakedCases: new Set(),
    outbounds: [],
    controlOutbounds: [],
  };
  const first = suite.cases[0];
  const firstPersona = first && personas.get(first.persona);
  if (first && firstPersona) redactor.redact(first.instruction, firstPersona); // warm-up, for every contender alike
  suite.cases.forEach((c, i) => {
    const persona = personas.get(c.persona);
    if (!persona) throw new Error(`unknown persona ${c.persona}`);
    const t0 = performance.now();
    const outbound = redactor.redact(c.instruction, persona);
    row.times.push(performance.now() - t0);
    row.outbounds.push(outbound);
    const leaked = stillThere(outbound, c.form);
    if (leaked) row.leakedCases.add(i);
    if (c.subset === 'evasion') {
      count(row.evasion, leaked);
      count((row.evasionByType[c.evasion ?? ''] ??= tally()), leaked);
      return;
    }
    if (!leaked) row.shapes[shapeOf(c.instruction, c.form, outbound, c.kind)]++;
    count(row.forms, leaked);
    count(row.byKind[c.kind], leaked);
    if (c.subset === 'pair') count(row.pairs, leaked);
    count((row.byPersona[c.persona] ??= tally()), leaked);
    const partly = leaked || partlyThere(outbound, c.form, c.instruction);
    count(row.partial, partly);
    count(row.partialByKind[c.kind], partly);
    if (c.runScript) count(row.runScript, leaked);
  });
  for (const control of suite.controls) {
    const persona = personas.get(control.persona);
    if (!persona) throw new Error(`unknown persona ${control.persona}`);
    const outbound = redactor.redact(control.instruction, persona);
    row.controlOutbounds.push(outbound);
    count(row.controls, occurs(visible(outbound), visible(control.phrase)));
  }
  row.times.sort((a, b) => a - b);
  return row;
}

export interface GuardRow {
  /** hit = the guard blocks the instruction sent unredacted. */
  byKind: Record<ValueKind, Tally>;
  forms: Tally;
  runScript: Tally;
  pairs: Tally;
  evasion: Tally;
  /** hit = the guard blocks, unredacted, an instruction whose redaction leaked its value. */
  leakingRaw: Tally;
  /** hit = the guard blocks CoGenesis's outbound text that still held the value. */
  leakedOutbound: Tally;
  /** hit = the guard lets the control instruction through. */
  controls: Tally;
}

export function runGuard(suite: Suite, prepared: (p: Persona) => PreparedContext, ours: OwnRow): GuardRow {
  const personas = new Map(suite.personas.map((p) => [p.id, p]));
  const row: GuardRow = {
    byKind: byKind(),
    forms: tally(),
    runScript: tally(),
    pairs: tally(),
    evasion: tally(),
    leakingRaw: tally(),
    leakedOutbound: tally(),
    controls: tally(),
  };
  const blocks = (text: string, persona: Persona) => !guardPayload(text, prepared(persona), EMPTY_POLICY).ok;
  suite.cases.forEach((c, i) => {
    const persona = personas.get(c.persona);
    if (!persona) return;
    const blocked = blocks(c.instruction, persona);
    if (c.subset === 'evasion') count(row.evasion, blocked);
    else {
      count(row.forms, blocked);
      count(row.byKind[c.kind], blocked);
      if (c.runScript) count(row.runScript, blocked);
      if (c.subset === 'pair') count(row.pairs, blocked);
    }
    const outbound = ours.outbounds[i];
    if (!ours.leakedCases.has(i) || outbound === undefined) return;
    count(row.leakingRaw, blocked);
    count(row.leakedOutbound, blocks(outbound, persona));
  });
  for (const control of suite.controls) {
    const persona = personas.get(control.persona);
    if (persona) count(row.controls, !blocks(control.instruction, persona));
  }
  return row;
}
