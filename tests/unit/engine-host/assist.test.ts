import fc from 'fast-check';
import type { ChatRequest, LocalEngine } from '../../../lib/engines/types';
import { ASSIST_SOURCE, assistedPreview, runAssist, type AssistRun } from '../../../lib/engine-host/assist';
import { EMPTY_POLICY, preparePrivacy, redact } from '../../../lib/privacy';
import { TEXT_BEGIN } from '../../../lib/privacy/model-assist';
import { fakeLocal, MARTIN } from '../pipeline/fakes';

const INSTRUCTION = 'tell Martin Reynolds that the knee brace from Dr Okafor fits, call 704 555 0134';
const PREPARED = preparePrivacy(MARTIN);
const LINES = ['name: Martin Reynolds', 'knee surgery on 3 March'];

/** An engine that never answers and ignores the abort: only the budget ends the wait. */
function silentEngine(): LocalEngine & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  return {
    ...fakeLocal({ deltas: [] }),
    requests,
    chat(request) {
      requests.push(request);
      return {
        [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<string>>(() => undefined) }),
      };
    },
  };
}

describe('runAssist against a scripted engine', () => {
  it('sends the fenced prompt with a token cap and keeps only verbatim spans', async () => {
    const engine = fakeLocal({
      deltas: [
        '{"span": "Dr Oka',
        'for", "kind": "PERSON"}\n',
        '{"span": "Aisling Byrne"}\n',
        '{"span": "knee brace"}',
      ],
    });
    const run = await runAssist(engine, INSTRUCTION, LINES, 10_000);
    expect(run.proposals.map((p) => p.text)).toEqual(['Dr Okafor', 'knee brace']);
    expect(run.note).toMatchObject({ status: 'added', budgetMs: 10_000 });
    const request = engine.requests[0];
    expect(request?.maxTokens).toBeGreaterThan(0);
    expect(request?.messages.at(-1)?.content).toContain(`${TEXT_BEGIN}\n${INSTRUCTION}`);
  });

  it.each<[string, () => LocalEngine | undefined, number, string]>([
    ['nothing to add', () => fakeLocal({ deltas: ['NONE'] }), 10_000, 'none'],
    [
      'the engine fails',
      () => fakeLocal({ deltas: ['{"span"'], error: new Error('boom') }),
      10_000,
      'failed',
    ],
    ['the engine stays silent past the budget', silentEngine, 30, 'timeout'],
    ['no engine is ready', () => undefined, 10_000, 'unavailable'],
    ['the budget is 0 (off)', () => fakeLocal({ deltas: ['{"span": "knee brace"}'] }), 0, 'off'],
  ])('%s → %s, no proposals', async (_name, engine, budget, status) => {
    const run = await runAssist(engine(), INSTRUCTION, LINES, budget);
    expect(run.note.status).toBe(status);
    expect(run.proposals).toEqual([]);
  });
});

const run = (...texts: string[]): AssistRun => ({
  proposals: texts.map((text) => ({ text, kind: 'PRIVATE' as const })),
  note: { status: 'added', added: 0, budgetMs: 3000, ms: 1 },
});

describe('assistedPreview', () => {
  it('withholds the proposals, labelled as the local model’s, on top of the rules', () => {
    const { result, note, policy } = assistedPreview(INSTRUCTION, PREPARED, EMPTY_POLICY, run('Dr Okafor'));
    expect(result.outbound).not.toContain('Okafor');
    expect(result.outbound).not.toContain('Martin');
    expect(result.redactions.find((r) => r.original === 'Dr Okafor')?.source).toBe(ASSIST_SOURCE);
    expect(note).toMatchObject({ status: 'added', added: 1 });
    // The same policy gives the same placeholders at send time (vault and guard agree).
    expect(redact(INSTRUCTION, PREPARED, policy).outbound).toBe(result.outbound);
  });

  it('leaves what the user released', () => {
    const released = { released: ['Dr Okafor'], extra: [] };
    const { result, note } = assistedPreview(INSTRUCTION, PREPARED, released, run('Dr Okafor'));
    expect(result.outbound).toContain('Dr Okafor');
    expect(note.status).toBe('none');
  });

  it.each([['call 704 555'], ['Reynolds that the knee'], ['555 0134']])(
    'a proposal overlapping a rule span (%s) is widened over it',
    (text) => {
      const { result } = assistedPreview(INSTRUCTION, PREPARED, EMPTY_POLICY, run(text));
      for (const value of ['0134', '704', 'Martin', 'Reynolds']) expect(result.outbound).not.toContain(value);
    },
  );

  it('never uncovers a character the rules withheld, whatever it proposes', () => {
    const base = redact(INSTRUCTION, PREPARED, EMPTY_POLICY);
    const withheld = (redactions: typeof base.redactions) =>
      new Set(redactions.flatMap((r) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i)));
    const slice = fc
      .tuple(fc.nat(INSTRUCTION.length), fc.nat(30))
      .map(([start, length]) => INSTRUCTION.slice(start, start + length));
    fc.assert(
      fc.property(fc.array(slice, { maxLength: 4 }), (texts) => {
        const { result } = assistedPreview(INSTRUCTION, PREPARED, EMPTY_POLICY, run(...texts));
        const after = withheld(result.redactions);
        for (const i of withheld(base.redactions)) expect(after.has(i)).toBe(true);
      }),
    );
  });
});
