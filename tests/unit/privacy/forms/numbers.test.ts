import { readAmounts, readingsOf } from '../../../../lib/privacy/forms/numbers';
import { persona, typed } from './context';
import { knownFormsDetector } from '../../../../lib/privacy/detectors/known-forms';

describe('numbers and money', () => {
  it.each([
    ['84,500', [84500, 84.5]],
    ['84.500', [84500, 84.5]],
    ['84 500', [84500]],
    ["84'500", [84500]],
    ['84500', [84500]],
    ['84,500.00', [84500]],
    ['84.500,00', [84500]],
    ['8,45,000', [845000]],
    ['84.5', [84.5]],
    ['84,5', [84.5]],
  ])('reads %j as %j', (core, values) => expect(readingsOf(core)).toEqual(values));

  it.each([
    ['a raise from 84.5k to 92k', '84.5k'],
    ['$84,500 a year', '$84,500'],
    ['USD 84,500', 'USD 84,500'],
    ['84 500 dollars', '84 500 dollars'],
    ['1,2 Mio', '1,2 Mio'],
    ['a raise from zł14.8k', 'zł14.8k'],
    ['rent is kr 12 500', 'kr 12 500'],
  ])('takes the whole amount in %j', (text, whole) => {
    expect(readAmounts(text).map((a) => text.slice(a.start, a.end))).toContain(whole);
  });

  it.each([
    ['ask for a raise from 84.5k to 92k', '84.5k', 'profile: salary'],
    ['ask for a raise from 84.5K', '84.5K', 'profile: salary'],
    ['it is 84500 now', '84500', 'profile: salary'],
    ['it is 84,500 now', '84,500', 'profile: salary'],
    ['it is 84 500 now', '84 500', 'profile: salary'],
    ['paid $84,500 last year', '$84,500', 'profile: salary'],
    ['USD 84,500.00', 'USD 84,500.00', 'profile: salary'],
    ['84.500 € brutto', '84.500 €', 'profile: salary'],
    ['84,5k', '84,5k', 'profile: salary'],
    ['rent is 1350 euros', '1350 euros', 'fact 3'],
    ['rent of €1.350', '€1.350', 'fact 3'],
    ['I have 12,500 saved', '12,500', 'fact 3'],
    ['savings of $12.5K', '$12.5K', 'fact 3'],
  ])('%j → %j (%s)', (text, value, source) => expect(typed(text)).toContainEqual([value, source]));

  it('withholds "$84,500" whole, as money', () => {
    const spans = knownFormsDetector.detect('paid $84,500', persona, { released: [], extra: [] });
    expect(spans.map((s) => [s.start, s.end, s.kind])).toEqual([[5, 12, 'MONEY']]);
  });

  it.each([
    'a raise to 92k',
    'write 500 words',
    'we have 84 people',
    'costs $845',
    'a budget of 845,000',
    'about 8450 steps',
    'pay 184,500 for it',
    'version 84.5.1',
    'a 10mg dose',
    'in 2019 we moved',
    'score 12.5 of 20',
  ])('keeps %j', (text) => expect(typed(text)).toEqual([]));
});
