import { chiSquareFit, gammaQ } from './helpers';

// The exactness tests stand on these p-values, so check them against known chi-square quantiles.
describe('chi-square p-values', () => {
  test.each([
    [3.841, 1, 0.05],
    [6.635, 1, 0.01],
    [18.307, 10, 0.05],
    [124.342, 100, 0.05],
    [149.449, 100, 0.001],
  ])('P(chi2 > %f; df %i) = %f', (x, df, p) => {
    expect(gammaQ(df / 2, x / 2)).toBeCloseTo(p, 3);
  });

  test('a fair sample fits and a skewed one does not', () => {
    const probs = new Map([
      ['a', 0.5],
      ['b', 0.5],
    ]);
    expect(
      chiSquareFit(
        new Map([
          ['a', 510],
          ['b', 490],
        ]),
        probs,
      ).p,
    ).toBeGreaterThan(0.5);
    expect(
      chiSquareFit(
        new Map([
          ['a', 600],
          ['b', 400],
        ]),
        probs,
      ).p,
    ).toBeLessThan(1e-9);
  });
});
