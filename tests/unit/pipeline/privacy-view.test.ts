import { logitPrivacyView, endsInsideKnownValue } from '../../../lib/pipeline/privacy-view';
import { preparePrivacy } from '../../../lib/privacy';
import { normTokens } from '../../../lib/privacy/normalize';
import { MARTIN } from './fakes';

const KNOWN = ['Martin Reynolds', 'Acme Logistics', 'The Quiet Harbour', 'to Lisbon'].map(normTokens);

describe('endsInsideKnownValue', () => {
  it.each([
    ['Dear Martin Rey', true],
    ['Dear Mart', true],
    ['I work at Acme ', true],
    ['I work at Acme Logistics', false],
    ['Dear team', false],
    // Words that say nothing by themselves are no start of a value; what follows them is.
    ['I am reading the', false],
    ['I am reading the Qui', true],
    ['I am reading the Quiet', true],
    ['I will fly to', false],
    ['I will fly to Lis', true],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(endsInsideKnownValue(text, KNOWN)).toBe(expected);
  });
});

describe('logitPrivacyView', () => {
  const prepared = preparePrivacy(MARTIN);
  const policy = { released: [], extra: [] };

  it('gives the cloud placeholders, never the private value, and keeps numbering from the instruction', () => {
    const view = logitPrivacyView(prepared, policy, { '[PERSON_1]': 'Martin Reynolds' });
    const { cloudPrefix } = view('Thanks, Martin Reynolds. I will be at Acme Logistics on Monday.');
    expect(cloudPrefix).not.toMatch(/Martin|Reynolds|Acme/);
    expect(cloudPrefix).toContain('[PERSON_1]');
  });

  it('lets the local side decide alone inside a private value and right after a placeholder', () => {
    const view = logitPrivacyView(prepared, policy, {});
    expect(view('Best wishes from Martin Reyn').diverges).toBe(true);
    expect(view('Best wishes from Martin Reynolds').diverges).toBe(true);
    expect(view('Best wishes from Martin Reynolds, ').diverges).toBe(true);
    expect(view('Best wishes from Martin Reynolds, and the').diverges).toBe(false);
    expect(view('Thank you for the').diverges).toBe(false);
  });
});
