/** The seeded randomness of the own-context suite: the same seed gives the same suite. */
export { rng } from './privacy-synthetic';

export type Rng = () => number;

/** Up to `n` distinct elements of `xs`, in random order. */
export function sample<T>(xs: readonly T[], n: number, random: Rng): T[] {
  const pool = xs.slice();
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return out;
}
