import { typed } from './context';

describe('phone numbers', () => {
  it.each([
    ['call 704-555-0134', '704-555-0134', 'profile: phone'],
    ['call (704) 555 0134', '(704) 555 0134', 'profile: phone'],
    ['call 7045550134', '7045550134', 'profile: phone'],
    ['call +17045550134', '+17045550134', 'profile: phone'],
    ['call 1-704-555-0134', '1-704-555-0134', 'profile: phone'],
    ['call 704.555.01.34', '704.555.01.34', 'profile: phone'],
    ['call 555-0134', '555-0134', 'profile: phone'],
    ['text 07700 900123', '07700 900123', 'profile: mobile'],
    ['text 07700900123', '07700900123', 'profile: mobile'],
    ['text 0044 7700 900 123', '0044 7700 900 123', 'profile: mobile'],
    ['text +44 (0) 7700 900123', '+44 (0) 7700 900123', 'profile: mobile'],
    ['text 77009 00123 now', '77009 00123', 'profile: mobile'],
  ])('%j → %j', (text, value, source) => expect(typed(text)).toContainEqual([value, source]));

  it.each(['call 704-555-0135', 'code 55501345', 'order 1555013400', 'in 2027 and 2028 and 2029'])(
    'keeps %j',
    (text) => expect(typed(text)).toEqual([]),
  );
});
