import { preparePrivacy } from '../../../lib/privacy';
import { knownContextDetector } from '../../../lib/privacy/detectors/known-context';
import { contextOf, found, outboundOf } from './helpers';

// Facts whose private detail is a special-category term, written in ordinary words around it.
const prepared = preparePrivacy(
  contextOf({}, [
    'Recovering from a torn MCL since the ski trip',
    'Diagnosed with type 2 diabetes last spring, on metformin now',
    'Going through a divorce, custody hearing in May',
    'I converted to Sikhism in 2015',
    'Fighting a boundary fence dispute with the neighbours, the court date is pending',
    'Slipped disc at C5-C6, physio on Tuesdays',
  ]),
);
const health = preparePrivacy({
  ...contextOf({}),
  facts: [
    { text: 'Arjun has asthma and uses a Clenil inhaler', tags: ['health'] },
    { text: 'PCL reconstruction booked for the spring', tags: ['health'] },
  ],
});

describe('sensitive terms of the user’s facts', () => {
  it.each([
    ['an acronym of an injury', 'explain why my mcl still hurts', 'mcl', 'MEDICAL'],
    ['a multi-word condition', 'meal plan for type 2 diabetes', 'type 2 diabetes', 'MEDICAL'],
    ['a treatment', 'side effects of metformin', 'metformin', 'MEDICAL'],
    ['a family matter', 'tell my boss about the custody hearing', 'custody', 'PRIVATE'],
    ['a belief', 'a short text about sikhism for my class', 'sikhism', 'PRIVATE'],
    [
      'a legal matter with its modifiers',
      'ask for a day off for the fence dispute',
      'fence dispute',
      'PRIVATE',
    ],
    ['a spinal code, joined into one', 'my c5-c6 is acting up', 'c5-c6', 'MEDICAL'],
  ])('%s: %j', (_, text, expected, kind) => {
    expect(found(knownContextDetector, text, prepared)).toContain(expected);
    const start = text.indexOf(expected);
    const span = knownContextDetector
      .detect(text, prepared, { released: [], extra: [] })
      .find((s) => s.start === start && s.end === start + expected.length);
    expect(span?.kind).toBe(kind);
  });

  it.each([
    ['everyday words of the facts', 'plan a ski trip for last spring'],
    ['a condition the user never mentioned', 'write about asthma in children'],
    ['a matter noun alone', 'how do I settle a dispute between two teams'],
    ['an ordinal or a time', 'meet on the 5th at 6pm'],
  ])('keeps %s: %j', (_, text) => {
    expect(found(knownContextDetector, text, prepared)).toEqual([]);
  });

  it.each([
    ['a term with its treatment noun', 'ask about the pcl reconstruction follow-up', health],
    ['a drug with its device noun', 'write to the pharmacy about my Clenil inhaler', health],
  ])('withholds %s as one medical placeholder: %j', (_, text, context) => {
    expect(outboundOf(text, context)).toMatch(/(?:the|my) \[MEDICAL_1\](?: follow-up)?$/);
  });

  it('keeps the treatment noun alone', () => {
    expect(outboundOf('how long does reconstruction take', prepared)).toBe(
      'how long does reconstruction take',
    );
  });

  it('withholds a condition as one medical placeholder', () => {
    expect(outboundOf('I manage my Type 2 Diabetes fine', prepared)).toBe('I manage my [MEDICAL_1] fine');
  });
});
