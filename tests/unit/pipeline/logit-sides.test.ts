import type { AuditEntry } from '../../../lib/audit/types';
import type { LocalEngine } from '../../../lib/engines/types';
import type { CloudProposer } from '../../../lib/fusion/protocol';
import { mapProposerError } from '../../../lib/engines/map-proposer-error';
import { END_OF_TEXT, guardedProposer, localSide } from '../../../lib/pipeline/logit-sides';
import { harness, fakeCloud, fakeLocal, MARTIN } from './fakes';

const proposer = (fail?: Error): CloudProposer & { seen: string[] } => {
  const seen: string[] = [];
  return {
    seen,
    async propose(continuation) {
      seen.push(continuation);
      if (fail) throw fail;
      return [{ token: { text: ' ok', logprob: -0.1 }, top: [{ text: ' ok', logprob: -0.1 }] }];
    },
  };
};

function setup(fail?: Error) {
  const h = harness(fakeCloud({ deltas: [] }), fakeLocal({ deltas: [] }));
  const inner = proposer(fail);
  const meta = {
    site: 'mail.example',
    endpoint: 'https://c/v1',
    model: 'big',
    withheld: 2,
    policy: { released: [], extra: [] },
  };
  return {
    h,
    inner,
    guarded: guardedProposer(inner, 'Instruction: thank [PERSON_1]\nText:\n', meta, h.deps),
  };
}

describe('guardedProposer', () => {
  it('sends a redacted round and audits it as sent', async () => {
    const { h, inner, guarded } = setup();
    await guarded.propose('Dear [PERSON_1],', 8);
    expect(inner.seen).toEqual(['Dear [PERSON_1],']);
    expect(h.audit.map((e: AuditEntry) => [e.purpose, e.status])).toEqual([['logit', 'sent']]);
  });

  it('blocks a round holding a private value before anything is sent', async () => {
    const { h, inner, guarded } = setup();
    await expect(guarded.propose('Dear Martin Reynolds,', 8)).rejects.toMatchObject({
      code: 'guard-blocked',
    });
    expect(inner.seen).toEqual([]);
    expect(h.audit).toEqual([]);
  });

  it('audits a failed round as failed, with our error code', async () => {
    const { h, guarded } = setup(new Error('The endpoint answered HTTP 429.'));
    await expect(guarded.propose('Dear [PERSON_1],', 8)).rejects.toMatchObject({ code: 'cloud-rate-limit' });
    expect(h.audit[0]).toMatchObject({ status: 'failed', error: 'cloud-rate-limit' });
  });
});

describe('mapProposerError', () => {
  it.each([
    [new Error('The endpoint answered HTTP 401.'), 'cloud-auth'],
    [new Error('The endpoint answered HTTP 503.'), 'cloud-server'],
    [new Error('The endpoint answered HTTP 404.'), 'cloud-bad-request'],
    [new TypeError('fetch failed'), 'cloud-unreachable'],
    [new DOMException('t', 'TimeoutError'), 'cloud-timeout'],
    [new Error('The endpoint returned no log-probabilities (choices[0].logprobs).'), 'cloud-malformed'],
  ])('%s → %s', (error, code) => expect(mapProposerError(error).code).toBe(code));
});

describe('localSide', () => {
  it('asks the engine for the next tokens after the private prompt and the text so far', async () => {
    const asked: unknown[] = [];
    const engine = {
      nextTokens: async (request: unknown) => {
        asked.push(request);
        return [{ text: ' Martin', logprob: -0.2 }];
      },
    } as unknown as LocalEngine;
    const messages = [{ role: 'user' as const, content: `About me: ${MARTIN.profile.name}` }];
    expect(await localSide(engine, messages, 5).distribution('Dear')).toEqual([
      { text: ' Martin', logprob: -0.2 },
    ]);
    expect(asked).toEqual([{ messages, prefix: 'Dear', topK: 5 }]);
  });

  it('turns an empty answer (end of sequence) into the end marker', async () => {
    const engine = { nextTokens: async () => [] } as unknown as LocalEngine;
    expect(await localSide(engine, []).distribution('Done.')).toEqual([{ text: END_OF_TEXT, logprob: 0 }]);
  });
});
