import { createCloudClient } from '../../../lib/engines/cloud-client';
import type { LocalEngine } from '../../../lib/engines/types';
import { END_OF_TEXT, guardedProposer, localSide } from '../../../lib/pipeline/logit-sides';
import { CLOUD_ENDPOINT, harness, fakeCloud, fakeLocal, MARTIN } from './fakes';

const STEPS = { tokens: [' ok'], token_logprobs: [-0.1], top_logprobs: [{ ' ok': -0.1, ' no': -2.5 }] };

/** A completions endpoint on the wire: answers `status`, or a reply with (or without) log-probabilities. */
function completionsFetch(
  seen: unknown[],
  answer: { status?: number; logprobs?: boolean } = {},
): typeof fetch {
  return async (_input, init) => {
    seen.push(JSON.parse(String(init?.body)));
    if (answer.status) return new Response('{"error":{"message":"no"}}', { status: answer.status });
    const choice = {
      index: 0,
      text: ' ok',
      finish_reason: 'length',
      logprobs: answer.logprobs === false ? null : STEPS,
    };
    return new Response(JSON.stringify({ id: 'c', object: 'text_completion', choices: [choice] }), {
      headers: { 'content-type': 'application/json' },
    });
  };
}

function setup(answer?: { status?: number; logprobs?: boolean }) {
  const h = harness(fakeCloud({ deltas: [] }), fakeLocal({ deltas: [] }));
  const seen: unknown[] = [];
  const cloud = createCloudClient(CLOUD_ENDPOINT, { fetch: completionsFetch(seen, answer) });
  const meta = { site: 'mail.example', withheld: 2, policy: { released: [], extra: [] } };
  const round = { topLogprobs: 8, temperature: 0 };
  return {
    h,
    seen,
    guarded: guardedProposer(cloud, 'Instruction: thank [PERSON_1]\nText:\n', round, meta, h.deps),
  };
}

describe('guardedProposer', () => {
  it('sends a redacted round and audits it as sent, with every parameter as sent', async () => {
    const { h, seen, guarded } = setup();
    expect(await guarded.propose('Dear [PERSON_1],', 3)).toEqual([
      {
        token: { text: ' ok', logprob: -0.1 },
        top: [
          { text: ' ok', logprob: -0.1 },
          { text: ' no', logprob: -2.5 },
        ],
      },
    ]);
    const body = {
      model: 'big-model',
      prompt: 'Instruction: thank [PERSON_1]\nText:\nDear [PERSON_1],',
      max_tokens: 3,
      logprobs: 8,
      top_k: 8,
      temperature: 0,
      stream: false,
    };
    expect(seen).toEqual([body]);
    expect(h.audit).toEqual([
      expect.objectContaining({
        purpose: 'logit',
        status: 'sent',
        withheld: 2,
        payload: body,
        request: expect.objectContaining({ url: 'https://cloud.example/v1/completions' }),
      }),
    ]);
  });

  it('blocks a round holding a private value before anything is sent', async () => {
    const { h, seen, guarded } = setup();
    await expect(guarded.propose('Dear Martin Reynolds,', 8)).rejects.toMatchObject({
      code: 'guard-blocked',
    });
    expect(seen).toEqual([]);
    expect(h.audit).toEqual([]);
  });

  it.each<[{ status?: number; logprobs?: boolean }, string]>([
    [{ status: 429 }, 'cloud-rate-limit'],
    [{ status: 401 }, 'cloud-auth'],
    [{ status: 503 }, 'cloud-server'],
    [{ status: 404 }, 'cloud-bad-request'],
    [{ logprobs: false }, 'cloud-no-logprobs'],
  ])('audits a failed round (%j) as failed, with our error code %s', async (answer, code) => {
    const { h, guarded } = setup(answer);
    await expect(guarded.propose('Dear [PERSON_1],', 8)).rejects.toMatchObject({ code });
    expect(h.audit).toEqual([expect.objectContaining({ status: 'failed', error: code })]);
  });
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
