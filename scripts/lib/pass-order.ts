import { rng } from '../privacy-synthetic';

/**
 * The order in which pass `pass` times `count` requests: the first pass in their own order (the one the
 * privacy benches always used), each later one shuffled by its own seed. A GC pause falls where the
 * allocations before it add up to the young generation, so with one order it fell on the same request
 * in every pass (every fresh browser of bench:privacy-browser allocated the same way), and a median
 * of that request's timings still held the pause.
 */
export function passOrder(count: number, pass: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (pass === 0) return order;
  const random = rng(pass);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
