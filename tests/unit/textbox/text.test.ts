import { paragraphsHtml } from '../../../lib/textbox/dom-input';
import { lines } from '../../../lib/textbox/dom-text';

describe('lines: what a read-back is compared on', () => {
  it.each([
    ['a\n\nb', 'a\nb'],
    ['  a  b \n\n\n c\u200b ', 'a b\nc'],
    ['a\u00a0b\nc', 'a b\nc'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(lines(text)).toBe(expected);
  });
});

describe('paragraphsHtml: the text/html of a paste', () => {
  it.each([
    ['one', '<p>one</p>'],
    ['one\n\ntwo', '<p>one</p><p>two</p>'],
    ['one\ntwo\n \nthree', '<p>one<br>two</p><p>three</p>'],
    ['<b> & </b>', '<p>&lt;b&gt; &amp; &lt;/b&gt;</p>'],
  ])('%j → %j', (text, html) => {
    expect(paragraphsHtml(text)).toBe(html);
  });
});
