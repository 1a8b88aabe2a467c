import { EMPTY_POLICY } from '../../../../lib/privacy';
import { emailDetector } from '../../../../lib/privacy/detectors/email';
import { phoneDetector } from '../../../../lib/privacy/detectors/phone';
import { EMPTY } from '../helpers';
import { typed } from './context';

const foundBy = (detector: typeof phoneDetector, text: string) =>
  detector.detect(text, EMPTY, EMPTY_POLICY).map((s) => text.slice(s.start, s.end));

// Long runs of digits and separators are read in windows (the phone library is quadratic on them)
// and e-mail matches start only where a run starts: what is found must not change.
describe('long runs of digits, separators and labels', () => {
  it('finds phone numbers in a long run of digits and spaces as in short ones', () => {
    const gap = ' '.repeat(90);
    const text = `call +1 (704) 555-0134${gap}07911 123456${gap}or 020 7946 0321${gap}`;
    expect(foundBy(phoneDetector, text)).toEqual(['+1 (704) 555-0134', '07911 123456', '020 7946 0321']);
  });

  it('finds an e-mail address after a long run without "@"', () => {
    expect(foundBy(emailDetector, `${'a.b-c_'.repeat(2000)} a.b@example.com`)).toEqual(['a.b@example.com']);
  });

  it('finds a written-out address after a long chain of labels', () => {
    const text = `${'x.'.repeat(3000)} aisling.byrne at example dot org`;
    expect(typed(text).map(([value]) => value)).toContain('aisling.byrne at example dot org');
  });

  it('finds a stored amount, day and code among thousands of others', () => {
    const text = `${'3 March 2 '.repeat(500)} 84.5k, 3/3 and YK21 XRV ${'1 1 '.repeat(500)}`;
    const values = typed(text).map(([value]) => value);
    expect(values).toEqual(expect.arrayContaining(['84.5k', '3/3', 'YK21 XRV']));
  });
});
