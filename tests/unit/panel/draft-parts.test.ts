import fc from 'fast-check';
import { draftParts, PART_CHARS } from '../../../components/DraftView';

const text = fc
  .array(fc.constantFrom('word ', 'more words. ', '\n', '\n\n', '[PERSON_1] ', 'x'.repeat(300)), {
    maxLength: 200,
  })
  .map((pieces) => pieces.join(''));

describe('draftParts', () => {
  it('joined by line breaks gives the draft back, every part but the last ends at a break', () => {
    fc.assert(
      fc.property(text, (draft) => {
        const parts = draftParts(draft);
        expect(parts.join('\n')).toBe(draft);
        for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(PART_CHARS);
      }),
    );
  });

  it('keeps settled parts as the draft grows: only the last one changes', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 20_000 }), (draft, at) => {
        const before = draftParts(draft.slice(0, at));
        const after = draftParts(draft);
        expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
      }),
    );
  });

  it('leaves a short draft whole', () => {
    expect(draftParts('Dear team,\n\nThanks.')).toEqual(['Dear team,\n\nThanks.']);
  });
});
