import { typed } from './context';

describe('e-mail addresses', () => {
  it.each([
    ['mail AISLING.BYRNE@EXAMPLE.ORG', 'AISLING.BYRNE@EXAMPLE.ORG'],
    ['mail aisling.byrne at example dot org', 'aisling.byrne at example dot org'],
    ['mail aisling dot byrne at example dot org', 'aisling dot byrne at example dot org'],
    ['mail aisling.byrne(at)example(dot)org', 'aisling.byrne(at)example(dot)org'],
    ['mail aisling.byrne [at] example [dot] org', 'aisling.byrne [at] example [dot] org'],
    ['mail aisling.byrne @ example . org', 'aisling.byrne @ example . org'],
    ['Hi. aisling.byrne at example dot org. Thanks', 'aisling.byrne at example dot org'],
    ['the school, Office@BurnsPark.edu', 'Office@BurnsPark.edu'],
    ['请回复到aisling dot byrne at example dot org', 'aisling dot byrne at example dot org'],
    ['連絡先はaisling.byrne at example.orgですと記載して', 'aisling.byrne at example.org'],
    ['ส่งไปที่aisling.byrne@example.orgด้วย', 'aisling.byrne@example.org'],
  ])('%j → %j', (text, value) => expect(typed(text).map(([v]) => v)).toContain(value));

  it.each([
    'meet at home dot com',
    'aisling at example dot com',
    'byrne at example dot org',
    'other.person@example.org',
    'look at the example. Organise it',
  ])('keeps %j', (text) => expect(typed(text)).toEqual([]));
});
