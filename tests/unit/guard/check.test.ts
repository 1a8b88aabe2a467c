import { describe, expect, it } from 'vitest';
import { checkPrompt } from '../../../lib/guard/host/check';
import { preparePrivacy } from '../../../lib/privacy';
import type { ContextData } from '../../../lib/context/types';

const prepared = preparePrivacy({
  profile: { name: 'Martin Reynolds', phone: '+1 704-555-0142', employer: 'Brightwater Analytics' },
  facts: [{ text: 'Recovering from knee surgery at Carolinas Medical Center', tags: [] }],
  samples: [],
} as unknown as ContextData);

describe('checkPrompt (the on-submit verdict)', () => {
  it.each([
    ['a known value', 'Please write a bio for Martin Reynolds', 'held'],
    ['a known value in another form', 'call me on 704 555 0142 tomorrow', 'held'],
    ['a pattern', 'my email is jane.doe@example.org, reply there', 'held'],
    ['a name', 'Summarise what Aisha Okonkwo said at the meeting', 'held'],
    ['nothing private', 'Explain how a binary search works, with an example in Python.', 'clean'],
  ])('%s: %s', (_what, prompt, verdict) => {
    expect(checkPrompt(prompt, prepared)).toBe(verdict);
  });

  it('fails closed when the privacy stage throws', () => {
    const broken = { ...prepared, index: undefined } as unknown as typeof prepared;
    expect(checkPrompt('Martin Reynolds', broken)).toBe('failed');
  });
});
