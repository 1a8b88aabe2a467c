import { properNamesDetector } from '../../../lib/privacy/detectors/proper-names';
import { urlDetector } from '../../../lib/privacy/detectors/url';
import { found, outboundOf } from './helpers';

describe('names the words around them mark, with no context', () => {
  it.each([
    ['Hello Frank, I just spoke with the bank', ['Frank']],
    ['Hi Sandy, I believe the cheapest way is by sea', ['Sandy']],
    ['Dear Marisol,\nthank you for the files', ['Marisol']],
    ['Harry replied on 23 June 2007 They should have known', ['Harry']],
    ['Honey commented on 01 July 2007 that it was late', ['Honey']],
    ['write an email to Ms.yoyo about the delay', ['yoyo']],
    ['draft a mail to Blessing informing her of the change', ['Blessing']],
    ['ideas for my company called soskill please', ['soskill']],
    ['who is lualhati lamorin', ['lualhati']],
    ['what is the market share of snowflake inc.', ['snowflake inc']],
  ])('%j', (text, expected) => {
    for (const value of expected) expect(found(properNamesDetector, text)).toContain(value);
  });

  it.each([
    'Hi all, the meeting moved to 3pm',
    'Hello team, please read this',
    'Dear Sir, I am writing to apply',
    'Hi there, can you help',
    'He said that it would rain. It replied with an error',
    'The company said the update is live. They replied on Monday',
    'send a letter to them about the visa',
    'summarise the news about oncology conferences',
    'a company called kubernetes-native startups',
    'my company named after its founder is growing',
    'the firm announced profits',
  ])('keeps %j', (text) => expect(outboundOf(text)).toBe(text));
});

describe('web addresses', () => {
  it.each([
    ['read news.lumen.com today', ['news.lumen.com']],
    ['changed from @blacksunplc.com to @blacksun-global.com .', ['blacksunplc.com', 'blacksun-global.com']],
    ['see docs.kestrelhub.io/setup', ['docs.kestrelhub.io/setup']],
  ])('%j', (text, expected) => expect(found(urlDetector, text)).toEqual(expected));

  it.each(['mail me at ana@kestrelhub.io', 'watch it on youtube.com', 'the file is report.pdf'])(
    'leaves %j to others or as it is',
    (text) => expect(found(urlDetector, text)).toEqual([]),
  );
});
