import { EMPTY_POLICY, guardPayload, redact } from '../../../../lib/privacy';
import { persona } from './context';

describe('the forms index of a prepared context', () => {
  it('holds values from profile fields and from inside facts', () => {
    const { forms } = persona;
    expect(forms.amounts.get(8_450_000)?.[0]).toEqual({ kind: 'MONEY', source: 'profile: salary' });
    expect(forms.amounts.get(135_000)?.[0]).toEqual({ kind: 'MONEY', source: 'fact 3' });
    expect(forms.dates.get('3-3')?.[0]).toEqual({ kind: 'DATE', source: 'fact 1' });
    expect(forms.dates.get('6-14')?.[0]).toEqual({ kind: 'DATE', source: 'fact 2', year: 2027 });
    expect(forms.emails.get('office@burnspark.edu')).toEqual({ kind: 'EMAIL', source: 'fact 4' });
    expect(forms.codes.get('QX7P2M')).toEqual({ kind: 'ID', source: 'fact 2' });
  });

  it.each([
    ['ask for a raise from 84.5k to 92k', 'ask for a raise from [MONEY_1] to 92k'],
    ['I earn $84,500', 'I earn [MONEY_1]'],
    ['tell her my surgery was on 3/3', 'tell her my surgery was on [DATE_1]'],
    ['call me on 555 0134', 'call me on [PHONE_1]'],
  ])('redacts %j whole', (text, outbound) =>
    expect(redact(text, persona, EMPTY_POLICY).outbound).toBe(outbound),
  );

  it('blocks the guard and names the entry', () => {
    const result = guardPayload('my salary is 84.5k', persona, EMPTY_POLICY);
    expect(result).toEqual({
      ok: false,
      found: [{ kind: 'MONEY', source: 'profile: salary', text: '84.5k' }],
    });
  });
});
