import type { Rng } from './types';

/**
 * mulberry32: a tiny seeded generator. Not cryptographic; it exists so that tests, the trainer and the
 * bench are reproducible. Production sampling may pass `Math.random`.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
