/**
 * Puts both sides' candidates on one support. Matching by text is what lets a cloud model of another
 * family take part; matching by id is exact (and immune to two ids decoding to the same text) when both
 * sides declare the same tokenizer.
 */
import { logSumExp } from './logmath';
import type { AlignedEntry, AlignedSupport, SideTopK, TokenCandidate, TopK } from './types';

export interface AlignOptions {
  /** How far (nats) below a side's lowest listed candidate an unlisted one is put. Default ln 10. */
  floorGap?: number;
}

/** The smallest mass a floor may stand for, so a fully covered top-k still gives a finite floor. */
const MIN_REST = 1e-9;

export function sharesTokenizer(local: SideTopK, cloud: SideTopK): boolean {
  return local.tokenizer !== undefined && local.tokenizer === cloud.tokenizer;
}

/**
 * A candidate the side did not list has at most the side's lowest listed probability and at most the
 * mass the side left unlisted; the floor sits below both so that it never outranks a listed one.
 */
export function floorFor(top: TopK, floorGap = Math.LN10): number {
  if (top.length === 0) return Math.log(MIN_REST);
  let lowest = Infinity;
  let listed = 0;
  for (const c of top) {
    lowest = Math.min(lowest, c.logprob);
    listed += Math.exp(c.logprob);
  }
  return Math.min(lowest - floorGap, Math.log(Math.max(1 - listed, MIN_REST)));
}

function keyOf(c: TokenCandidate, byId: boolean): string {
  return byId ? `id:${String(c.id)}` : `text:${c.text}`;
}

/** logSumExp of one value, without the array: the very number logSumExp([x]) gives (x + log 1). */
function logSumExpOne(x: number): number {
  return x > -Infinity ? x + Math.log(Math.exp(x - x)) : -Infinity;
}

/**
 * Candidates with the same key (e.g. two ids that decode to one text) are one outcome: add their mass.
 * Runs at every token: a key listed once (nearly all of them) keeps its candidate object when its
 * mass is unchanged, and only a repeated key is grouped.
 */
function merge(top: TopK, byId: boolean): Map<string, TokenCandidate> {
  const merged = new Map<string, TokenCandidate>();
  let repeated: Map<string, number[]> | undefined;
  for (const c of top) {
    const key = keyOf(c, byId);
    const first = merged.get(key);
    if (first === undefined) {
      merged.set(key, c);
      continue;
    }
    repeated ??= new Map();
    const group = repeated.get(key);
    if (group) group.push(c.logprob);
    else repeated.set(key, [first.logprob, c.logprob]);
  }
  for (const [key, c] of merged) {
    const group = repeated?.get(key);
    const logprob = group ? logSumExp(group) : logSumExpOne(c.logprob);
    if (group || !Object.is(logprob, c.logprob)) merged.set(key, { ...c, logprob });
  }
  return merged;
}

export function matchById(local: SideTopK, cloud: SideTopK): boolean {
  return (
    sharesTokenizer(local, cloud) &&
    local.top.every((c) => c.id !== undefined) &&
    cloud.top.every((c) => c.id !== undefined)
  );
}

/** The key a candidate gets on an aligned support (used to place a cloud proposal or a reference). */
export function supportKey(c: TokenCandidate, support: AlignedSupport): string {
  return keyOf(c, support.matchedBy === 'id');
}

function entryOf(
  key: string,
  c: TokenCandidate,
  local: number,
  cloud: number,
  inLocal: boolean,
  inCloud: boolean,
): AlignedEntry {
  return c.id === undefined
    ? { key, text: c.text, local, cloud, inLocal, inCloud }
    : { key, text: c.text, id: c.id, local, cloud, inLocal, inCloud };
}

export function alignTopK(local: SideTopK, cloud: SideTopK, options: AlignOptions = {}): AlignedSupport {
  const byId = matchById(local, cloud);
  const localFloor = floorFor(local.top, options.floorGap);
  const cloudFloor = floorFor(cloud.top, options.floorGap);
  const fromLocal = merge(local.top, byId);
  const fromCloud = merge(cloud.top, byId);
  const entries: AlignedEntry[] = [];
  for (const [key, c] of fromLocal) {
    const other = fromCloud.get(key);
    entries.push(entryOf(key, c, c.logprob, other?.logprob ?? cloudFloor, true, other !== undefined));
  }
  for (const [key, c] of fromCloud) {
    if (fromLocal.has(key)) continue;
    entries.push(entryOf(key, c, localFloor, c.logprob, false, true));
  }
  return { entries, matchedBy: byId ? 'id' : 'text', localFloor, cloudFloor };
}
