import { readDates } from '../../../../lib/privacy/forms/dates';
import { typed } from './context';

describe('dates', () => {
  it.each([
    ['March 3', [{ month: 3, day: 3 }]],
    [
      '3/4',
      [
        { month: 4, day: 3 },
        { month: 3, day: 4 },
      ],
    ],
    ['14/06/2027', [{ month: 6, day: 14, year: 2027 }]],
    ['2027-06-14', [{ month: 6, day: 14, year: 2027 }]],
    ['3 de marzo de 2027', [{ month: 3, day: 3, year: 2027 }]],
    ['14. Juni', [{ month: 6, day: 14 }]],
    ['6月14日', [{ month: 6, day: 14 }]],
    ['the twenty-first of May', [{ month: 5, day: 21 }]],
  ])('reads %j', (text, readings) => expect(readDates(text).flatMap((d) => d.readings)).toEqual(readings));

  it.each([
    // a fact's day without a year, in every order and style
    ['my surgery was on March 3', 'March 3'],
    ['on march 3rd', 'march 3rd'],
    ['on Mar. 3', 'Mar. 3'],
    ['on 3 March', '3 March'],
    ['on the 3rd of March', '3rd of March'],
    ['on 3/3', '3/3'],
    ['on 03/03', '03/03'],
    ['on 3.3.', '3.3.'],
    ['off on 03.03', '03.03'],
    ['on March third', 'March third'],
    ['on 3 mars', '3 mars'],
    ['March 3, 2027', 'March 3, 2027'],
    // a stored day with a year, typed with or without it
    ['fly on June 14th', 'June 14th'],
    ['fly on 14 June 2027', '14 June 2027'],
    ['fly on 2027-06-14', '2027-06-14'],
    ['fly on 14/06/2027', '14/06/2027'],
    ['fly on 06/14/2027', '06/14/2027'],
    ['fly on 6/14', '6/14'],
    ['fly on 14.06.27', '14.06.27'],
    ['born Nov 23', 'Nov 23'],
    ['born 23/11/1988', '23/11/1988'],
  ])('%j → %j', (text, value) => expect(typed(text).map(([v]) => v)).toContain(value));

  it.each([
    'March 4 works',
    'on 4 March',
    'June 14, 2026 works',
    '1/2 cup of flour',
    'a 3.3 rating',
    'it costs 03.03 euros each, 3.30 total',
    'it ended 3-3',
    'we may 3D print it',
    'marching 3 miles',
    'version 3.3.1',
    'June is fine',
  ])('keeps %j', (text) => expect(typed(text)).toEqual([]));

  // The character after a numeric date's last part decides it, and the text's end is open: read at
  // the end and one character before it (forEachNumericDate reads nothing past the end).
  it.each([
    ['2027-06-14', 1],
    ['on 2027-06-14', 1],
    ['on 2027-06-14x', 0],
    ['on 2027-06-145', 0],
    ['on 14/06/2027', 1],
    ['on 14/06/2027x', 0],
    ['on 14/06/27', 1],
    ['on 14/06/27z', 0],
  ])('reads %j as %i numeric dates, at the text’s end', (text, count) =>
    expect(readDates(text).filter((d) => /^\d/.test(text.slice(d.start)))).toHaveLength(count),
  );
});
