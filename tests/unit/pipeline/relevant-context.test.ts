import type { ContextData, ContextFact } from '../../../lib/context/types';
import { relevantContext } from '../../../lib/pipeline/relevant-context';

function context(facts: ContextFact[], extra: Partial<ContextData> = {}): ContextData {
  return { version: 1, profile: {}, facts, samples: [], ...extra };
}

describe('relevantContext', () => {
  it('keeps the whole profile except blank fields', () => {
    const got = relevantContext(
      context([], { profile: { name: 'Martin', city: '  ', job: 'Realtor' } }),
      'x',
    );
    expect(got.profile).toEqual([
      ['name', 'Martin'],
      ['job', 'Realtor'],
    ]);
  });

  it('with few facts keeps them all, those sharing words with the instruction first', () => {
    const facts = [{ text: 'Likes jazz' }, { text: 'Knee surgery next month' }, { text: 'Owns a dog' }];
    expect(relevantContext(context(facts), 'Ask for leave for my knee surgery').facts).toEqual([
      'Knee surgery next month',
      'Likes jazz',
      'Owns a dog',
    ]);
  });

  it.each<[string, ContextFact, string]>([
    ['case and diacritics', { text: 'Works at the CAFÉ downtown' }, 'write to the cafe owner'],
    ['tags', { text: 'Goes every Tuesday', tags: ['volunteering'] }, 'a note about volunteering'],
  ])('matches words across %s', (_label, fact, instruction) => {
    const filler = Array.from({ length: 13 }, (_, i) => ({ text: `unrelated filler ${i}` }));
    expect(relevantContext(context([...filler, fact]), instruction).facts).toEqual([fact.text]);
  });

  it('with many facts keeps at most 12, only relevant ones, best score first', () => {
    const facts: ContextFact[] = Array.from({ length: 20 }, (_, i) => ({ text: `leave note ${i}` }));
    facts.push({ text: 'surgery leave knee', tags: ['knee'] });
    const got = relevantContext(context(facts), 'leave for knee surgery').facts;
    expect(got).toHaveLength(12);
    expect(got[0]).toBe('surgery leave knee');
    expect(got.slice(1)).toEqual(facts.slice(0, 11).map((f) => f.text));
  });

  it('ignores stop words and short words when matching', () => {
    const filler = Array.from({ length: 13 }, (_, i) => ({ text: `zzz${i}` }));
    const got = relevantContext(context([...filler, { text: 'for the and with it' }]), 'for the and with it');
    expect(got.facts).toEqual([]);
  });

  it('gives one writing sample, cut to 800 characters', () => {
    const samples = [{ text: 'a'.repeat(1000) }, { text: 'second' }];
    const got = relevantContext(context([], { samples }), 'x');
    expect(got.samples).toEqual(['a'.repeat(800)]);
    expect(relevantContext(context([]), 'x').samples).toEqual([]);
  });
});
