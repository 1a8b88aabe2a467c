import { preparePrivacy } from '../../../lib/privacy';
import { knownContextDetector } from '../../../lib/privacy/detectors/known-context';
import { contextOf, found, outboundOf } from './helpers';

// Organisation and place names built from common words around a distinctive core.
const prepared = preparePrivacy(
  contextOf(
    {
      employer: 'Holy Cross Lutheran Hospital',
      occupation: 'respiratory therapist at Saint Luke Veterans Medical Center',
      location: 'Fort Collins, Colorado',
      hometown: 'Bramble, Devon',
    },
    [
      'Our son goes to Harbor Springs Middle School',
      'I sing with the Wexbridge Choral Society on Thursdays',
      'We rent a cabin at Quillmoor Lake every August',
      'Volunteer at the Casa Sol Naciente community kitchen',
    ],
  ),
);

describe('known organisations and places: distinctive parts and runs', () => {
  it.each([
    ['a rare run of common words', 'does harbor springs have a late bus', 'harbor springs'],
    ['a run inside a longer name', 'email cross lutheran about the shift', 'cross lutheran'],
    ['a run of an occupation', 'swap shifts at luke veterans', 'luke veterans'],
    ['a distinctive word alone', 'rehearsal at wexbridge tonight', 'wexbridge'],
    ['a distinctive word of a place', 'the quillmoor cabin is booked', 'quillmoor'],
    ['a run of a place', 'moving away from fort collins', 'fort collins'],
    ['a rare dictionary word that is a listed place', 'I grew up in bramble', 'bramble'],
    ['a run of common words of another language', 'thank sol naciente for the meal', 'sol naciente'],
  ])('%s: %j', (_, text, expected) => {
    expect(found(knownContextDetector, text, prepared)).toContain(expected);
  });

  it.each([
    ['a frame word alone', 'the school called about the trip'],
    ['an abbreviation alone', 'lunch on st george street'],
    ['a common first name from a name, with another neighbour', 'a biography of luke skywalker'],
    ['an occupation word', 'respiratory therapist salaries in general'],
    ['a generic run', 'middle school science fair ideas'],
    ['another holy word', 'the holy grail legend'],
    ['a common word of a name', 'write a choral piece for a society gala'],
    ['a common word of another language', 'la casa de papel episode guide'],
  ])('keeps %s: %j', (_, text) => {
    expect(found(knownContextDetector, text, prepared)).toEqual([]);
  });

  it('gives a run of one value one placeholder of that value’s kind', () => {
    expect(outboundOf('a card for the Wexbridge Choral Society', prepared)).toBe('a card for the [ORG_1]');
    expect(outboundOf('thank wexbridge choral for the concert', prepared)).toBe(
      'thank [ORG_1] for the concert',
    );
  });
});
