import { preparePrivacy } from '../../../lib/privacy';
import { knownContextDetector } from '../../../lib/privacy/detectors/known-context';
import { userSelectionDetector } from '../../../lib/privacy/detectors/user-selection';
import { contextOf, EMPTY, found } from './helpers';

const prepared = preparePrivacy(
  contextOf(
    {
      name: 'Martin Reynolds',
      location: 'Charlotte, North Carolina',
      employer: 'Brightwell Analytics',
      phone: '+1 704 555 0134',
      email: 'martin.reynolds@example.org',
      partner: 'Will Rose',
    },
    [
      "Volunteers bi-monthly at the local 'Homes for Humanity' charity",
      'My sister Ilse Vandersloot lives in Kestrel Bay since 2019',
    ],
  ),
);

describe('known-context detector', () => {
  it.each([
    ['write to MARTIN  reynolds', ['MARTIN  reynolds']],
    ['tell Martin the news', ['Martin']],
    ['Reynolds called', ['Reynolds']],
    ["it is Martin's car and the Reynolds’ house", ['Martin', 'Reynolds']],
    ['signed M. Reynolds', ['M. Reynolds']],
    ['from charlotte, north-carolina', ['charlotte', 'north-carolina']],
    ['at Brightwell Analytics', ['Brightwell Analytics']],
    ['call (704) 555-0134 now', ['(704) 555-0134']],
    ['mail Martin.Reynolds@Example.org', ['Martin.Reynolds@Example.org']],
    ['Martín Réynolds wrote', ['Martín Réynolds']],
    ['for homes for humanity', ['homes for humanity']],
    ['visit Ilse in kestrel bay', ['Ilse', 'kestrel bay']],
    ['back in 2019', ['2019']],
    ['Will is here and Rose agreed', ['Will', 'Rose']],
  ])('%j', (text, expected) => {
    const spans = found(knownContextDetector, text, prepared);
    for (const value of expected) expect(spans).toContain(value);
  });

  it.each(['I will ask whether the rose garden is open', 'Martinis and humanity in general', 'a bay window'])(
    'keeps ordinary words: %j',
    (text) => expect(found(knownContextDetector, text, prepared)).toEqual([]),
  );

  it("withholds an address's own labels, not its registry's", () => {
    const mailed = preparePrivacy(
      contextOf({ email: 'j.okafor@zorbex.co.uk', work_email: 'maren@quillon.org' }, []),
    );
    const text = 'Okafor of Zorbex and Quillon: the ORG chart, co-op news, the UK and .org sites';
    expect(found(knownContextDetector, text, mailed)).toEqual(['Okafor', 'Zorbex', 'Quillon']);
  });

  it('finds nothing without a context', () => {
    expect(found(knownContextDetector, 'Martin Reynolds', EMPTY)).toEqual([]);
  });

  it('withholds the words the user selected', () => {
    const text = 'my Knee Surgery went well';
    const spans = userSelectionDetector.detect(text, EMPTY, { released: [], extra: ['knee surgery'] });
    expect(spans.map((s) => [text.slice(s.start, s.end), s.source])).toEqual([
      ['Knee Surgery', 'your selection'],
    ]);
  });
});
