import { answersOf } from '../../../lib/privacy/phone-answers';
import { MASK_COUNTRIES } from '../../../lib/privacy/phone-plans';

// answersOf writes a new entry as a literal (phone-answers.ts says why): it must hold one unknown
// answer per default country.
describe('answersOf', () => {
  it('gives a window not seen before one unknown answer per country', () => {
    const answers = answersOf(`a window no test has read ${Math.random()}`);
    expect(answers).toEqual(MASK_COUNTRIES.map(() => undefined));
    expect(answers).toHaveLength(MASK_COUNTRIES.length);
  });
});
