import { answersOf, nextRead } from '../../../lib/privacy/phone-answers';
import { MASK_COUNTRIES } from '../../../lib/privacy/phone-plans';

const fresh = (name: string): string => `a window no test has read: ${name} ${Math.random()}`;

// answersOf writes a new entry as a literal (phone-answers.ts says why): it must hold one unknown
// answer per default country.
describe('answersOf', () => {
  it('gives a window not seen before one unknown answer per country', () => {
    const answers = answersOf(fresh('new'));
    expect(answers).toEqual(MASK_COUNTRIES.map(() => undefined));
    expect(answers).toHaveLength(MASK_COUNTRIES.length);
  });

  // The cache keeps a window for the read that stored it and the two after (a request's redact, its
  // guard, the panel's re-check), so that young-generation GCs do not copy and promote windows of
  // requests long done (phone-answers.ts gives the figures).
  it('keeps a window for the two reads after the one that stored it', () => {
    const window = fresh('kept');
    nextRead();
    const answers = answersOf(window);
    nextRead();
    answersOf(fresh('guard'));
    nextRead();
    answersOf(fresh('re-check'));
    expect(answersOf(window)).toBe(answers);
  });

  it('forgets a window three storing reads later', () => {
    const window = fresh('forgotten');
    nextRead();
    const answers = answersOf(window);
    for (const name of ['one', 'two', 'three']) {
      nextRead();
      answersOf(fresh(name));
    }
    const again = answersOf(window);
    expect(again).not.toBe(answers);
    expect(again).toEqual(MASK_COUNTRIES.map(() => undefined));
  });

  it('keeps a window as long as each read reads it again', () => {
    const window = fresh('re-read');
    nextRead();
    const answers = answersOf(window);
    for (let k = 0; k < 10; k++) {
      nextRead();
      answersOf(fresh(`other ${k}`));
      expect(answersOf(window)).toBe(answers);
    }
  });

  it('does not move on for reads that store nothing', () => {
    const window = fresh('quiet');
    nextRead();
    const answers = answersOf(window);
    // The logit view's short windows: findPhones calls with nothing to store.
    for (let k = 0; k < 10; k++) nextRead();
    expect(answersOf(window)).toBe(answers);
  });
});
