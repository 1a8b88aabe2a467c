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

/** Candidates with the same key (e.g. two ids that decode to one text) are one outcome: add their mass. */
function merge(top: TopK, byId: boolean): Map<string, TokenCandidate> {
  const grouped = new Map<string, TokenCandidate[]>();
  for (const c of top) {
    const key = keyOf(c, byId);
    grouped.set(key, [...(grouped.get(key) ?? []), c]);
  }
  const merged = new Map<string, TokenCandidate>();
  for (const [key, group] of grouped) {
    const first = group[0];
    if (!first) continue;
    merged.set(key, { ...first, logprob: logSumExp(group.map((c) => c.logprob)) });
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

export function alignTopK(local: SideTopK, cloud: SideTopK, options: AlignOptions = {}): AlignedSupport {
  const byId = matchById(local, cloud);
  const localFloor = floorFor(local.top, options.floorGap);
  const cloudFloor = floorFor(cloud.top, options.floorGap);
  const fromLocal = merge(local.top, byId);
  const fromCloud = merge(cloud.top, byId);
  const entries: AlignedEntry[] = [];
  for (const [key, c] of fromLocal) {
    const other = fromCloud.get(key);
    entries.push({
      key,
      text: c.text,
      ...(c.id === undefined ? {} : { id: c.id }),
      local: c.logprob,
      cloud: other?.logprob ?? cloudFloor,
      inLocal: true,
      inCloud: other !== undefined,
    });
  }
  for (const [key, c] of fromCloud) {
    if (fromLocal.has(key)) continue;
    entries.push({
      key,
      text: c.text,
      ...(c.id === undefined ? {} : { id: c.id }),
      local: localFloor,
      cloud: c.logprob,
      inLocal: false,
      inCloud: true,
    });
  }
  return { entries, matchedBy: byId ? 'id' : 'text', localFloor, cloudFloor };
}
