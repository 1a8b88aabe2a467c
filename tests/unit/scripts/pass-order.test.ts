import { describe, expect, it } from 'vitest';
import { passOrder } from '../../../scripts/lib/pass-order';

describe('the privacy benches: the order of a pass', () => {
  it('keeps the first pass in the requests’ own order', () => {
    expect(passOrder(6, 0)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('times every request once in each later pass, each pass in an order of its own, the same in every run', () => {
    const orders = [1, 2, 3, 4].map((pass) => passOrder(30, pass));
    for (const order of orders) expect([...order].sort((a, b) => a - b)).toEqual(passOrder(30, 0));
    expect(new Set(orders.map((order) => order.join(','))).size).toBe(4);
    expect(orders.every((order) => order.join(',') !== passOrder(30, 0).join(','))).toBe(true);
    expect(passOrder(30, 3)).toEqual(orders[2]);
  });
});
