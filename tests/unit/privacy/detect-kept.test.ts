import { EMPTY_CONTEXT } from '../../../lib/context/types';
import { EMPTY_POLICY, guardPayload, preparePrivacy } from '../../../lib/privacy';
import { checkOutbound } from '../../../lib/privacy/check-outbound';
import { detectSpans } from '../../../lib/privacy/detect';
import { DETECTORS } from '../../../lib/privacy/detectors';

// detectSpans keeps the last text's findings per detector, for the review to take the guard's: what
// it gives must be what a fresh run gives, whatever ran before it.
const withFacts = (...facts: string[]) =>
  preparePrivacy({ ...EMPTY_CONTEXT, facts: facts.map((text) => ({ text })) });
const TEXT = 'Ask Orla Kinsella about the Brightwater Analytics contract, ref 4471-88, before Friday.';

describe('findings kept between two checks of one text', () => {
  it('are not another context’s', () => {
    const one = withFacts('Orla Kinsella is my sister');
    const other = withFacts('Brightwater Analytics is my employer');
    const fresh = detectSpans(TEXT, other, EMPTY_POLICY);
    detectSpans('something else', one, EMPTY_POLICY);
    detectSpans(TEXT, one, EMPTY_POLICY);
    expect(detectSpans(TEXT, other, EMPTY_POLICY)).toEqual(fresh);
    expect(fresh.map((s) => TEXT.slice(s.start, s.end))).toContain('Brightwater Analytics');
  });

  it('are not another policy’s', () => {
    const prepared = withFacts('Orla Kinsella is my sister');
    const policy = { released: ['Orla Kinsella'], extra: ['contract'] };
    const fresh = detectSpans(TEXT, prepared, policy);
    detectSpans('something else', prepared, EMPTY_POLICY);
    detectSpans(TEXT, prepared, EMPTY_POLICY);
    expect(detectSpans(TEXT, prepared, policy)).toEqual(fresh);
    const found = fresh.map((s) => TEXT.slice(s.start, s.end));
    expect(found).toContain('contract');
    expect(found).not.toContain('Orla Kinsella');
  });

  it('give the guard and the review what each gives alone', () => {
    const prepared = withFacts('Orla Kinsella is my sister', 'Booked at Brightwater Analytics, ref 4471-88');
    const text = 'Thank Orla for the brightwatr help (ref 4471-88).';
    const guardAlone = guardPayload(text, prepared, EMPTY_POLICY);
    detectSpans('reset', prepared, EMPTY_POLICY);
    const all = detectSpans(text, prepared, EMPTY_POLICY, DETECTORS);
    detectSpans('reset', prepared, EMPTY_POLICY);
    const both = checkOutbound(text, prepared, EMPTY_POLICY);
    expect(both.guard).toEqual(guardAlone);
    expect(detectSpans(text, prepared, EMPTY_POLICY, DETECTORS)).toEqual(all);
    expect(guardAlone.ok).toBe(false);
    expect(both.doubts.map((d) => d.text)).toContain('brightwatr');
  });
});
