import type { JobEvent } from '../../../lib/messaging/protocol';
import { batchDeltas } from '../../../lib/panel/frame-batch';
import { splitUnfilled, unfilledPlaceholders } from '../../../lib/panel/unfilled';

describe('batchDeltas', () => {
  it('joins the deltas of one frame into one event per stream, and flushes before any other event', () => {
    const out: JobEvent[] = [];
    const frames: (() => void)[] = [];
    const push = batchDeltas(
      (e) => out.push(e),
      (flush) => frames.push(flush),
    );
    for (let i = 0; i < 1000; i++) push({ type: 'draft', delta: 'x' });
    push({ type: 'sketch', delta: '1.' });
    expect(out).toEqual([]);
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(out).toEqual([
      { type: 'sketch', delta: '1.' },
      { type: 'draft', delta: 'x'.repeat(1000) },
    ]);
    push({ type: 'draft', delta: 'end' });
    push({ type: 'done', draft: 'all' });
    expect(out.slice(2)).toEqual([
      { type: 'draft', delta: 'end' },
      { type: 'done', draft: 'all' },
    ]);
    // The frame scheduled before `done` finds nothing left to send.
    frames.shift()?.();
    expect(out).toHaveLength(4);
  });
});

describe('unfilled placeholders', () => {
  it.each<[string, string[]]>([
    ['Dear Martin, thanks.', []],
    ['Dear [PERSON_9], see [ORG_1] and [PERSON_9].', ['[PERSON_9]', '[ORG_1]']],
    ['a [note] in brackets', []],
  ])('%j → %j', (draft, expected) => {
    expect(unfilledPlaceholders(draft)).toEqual(expected);
  });

  it('splits a draft into text and marked placeholders that join back to it', () => {
    const draft = 'Hi [PERSON_9], bye';
    const parts = splitUnfilled(draft);
    expect(parts).toEqual([
      { text: 'Hi ', unfilled: false },
      { text: '[PERSON_9]', unfilled: true },
      { text: ', bye', unfilled: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(draft);
  });
});
