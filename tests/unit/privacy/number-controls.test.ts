import { EMPTY_POLICY, guardPayload, preparePrivacy } from '../../../lib/privacy';
import { contextOf, outboundOf } from './helpers';

/**
 * A context full of numbers: amounts written with group separators, a year in a fact, a short count.
 * Its numbers are withheld whole, in any form; a group of one, a count or a saint's day are not its.
 */
const prepared = preparePrivacy(
  contextOf({ salary: 'R$ 9.850 por mês', income: '₦18,500,000 per year', employer: 'Ribeira Labs' }, [
    'Rent went up to $1,500 a month',
    'Booked room 305 for the offsite',
    'My sister moved to Leeds in 2019',
  ]),
);

describe('numbers of the context and ordinary numbers', () => {
  it.each([
    'write a 850-word summary of the news',
    'draft a 500-word product description',
    'is ₦21,500,200 a fair price for a used car',
    'is 9 out of 10 a fair score',
    'list 305 ideas',
    'write a toast for St. Clarissa’s day',
    "plan a party for Saint Brigid's eve",
  ])('keeps %j', (text) => {
    expect(outboundOf(text, prepared)).toBe(text);
    expect(guardPayload(text, prepared, EMPTY_POLICY).ok).toBe(true);
  });

  it.each([
    ['ask for a raise from R$9,850', 'R$9,850'],
    ['my income is ₦18.5m', '₦18.5m'],
    ['tell them 18500000 a year', '18500000'],
    ['the rent is $1500 now', '$1500'],
    ['back in 2019 we moved', '2019'],
  ])('withholds the value in %j', (text, value) => {
    expect(outboundOf(text, prepared)).not.toContain(value);
    expect(guardPayload(text, prepared, EMPTY_POLICY).ok).toBe(false);
  });

  it('still finds a saint named as a place in a sentence', () => {
    expect(outboundOf('we drove to St. Quellinbury for the weekend')).not.toContain('Quellinbury');
  });
});
