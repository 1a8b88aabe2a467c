import { AppError } from '../../../lib/errors';
import { sketchPrompt } from '../../../lib/pipeline/prompts';
import { runJob } from '../../../lib/pipeline/run-job';
import type { JobInput } from '../../../lib/pipeline/types';
import { VARIANTS } from '../../../lib/pipeline/variants';
import { EMPTY_POLICY, preparePrivacy, redact } from '../../../lib/privacy';
import { MODES } from '../../../lib/settings/modes';
import { fakeCloud, fakeLocal, harness, MARTIN, PRIVATE_VALUES, recordingSink } from './fakes';

const INSTRUCTION =
  'Thank my manager at Acme Logistics for approving my leave for the knee surgery on 3 March. Sign as Martin Reynolds.';
const { outbound: OUTBOUND, vault: VAULT } = redact(INSTRUCTION, preparePrivacy(MARTIN), EMPTY_POLICY);
const PLACEHOLDERS = Object.keys(VAULT);

/** An outline that uses every placeholder, streamed in 5-character pieces so placeholders get split. */
const OUTLINE = `1. Greet the manager.\n2. Mention ${PLACEHOLDERS.join(' and ')}.\n3. Sign off.`;
const OUTLINE_CHUNKS = OUTLINE.match(/[\s\S]{1,5}/g) ?? [];
const RESTORED_OUTLINE = `1. Greet the manager.\n2. Mention ${PLACEHOLDERS.map((p) => VAULT[p]).join(' and ')}.\n3. Sign off.`;

function input(overrides: Partial<JobInput> = {}): JobInput {
  return {
    mode: 'sketch',
    site: 'mail.example.com',
    instruction: INSTRUCTION,
    outbound: OUTBOUND,
    policy: EMPTY_POLICY,
    signal: new AbortController().signal,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

it('the test data redacts several kinds of private values', () => {
  expect(PLACEHOLDERS.length).toBeGreaterThanOrEqual(3);
  for (const value of PRIVATE_VALUES.slice(0, 2)) expect(OUTBOUND).not.toContain(value);
});

it('registers one variant per drafting mode (not Off, not Guard)', () => {
  expect(Object.keys(VARIANTS).sort()).toEqual(MODES.filter((m) => m !== 'off' && m !== 'guard').sort());
  for (const [mode, variant] of Object.entries(VARIANTS)) expect(variant.mode).toBe(mode);
});

describe('sketch mode', () => {
  it('restores in the outline only the placeholders that were sent', async () => {
    const [deleted, ...kept] = PLACEHOLDERS;
    if (!deleted) throw new Error('test data must redact something');
    const cloud = fakeCloud({ deltas: OUTLINE_CHUNKS });
    const local = fakeLocal({ deltas: ['ok'] });
    const { deps } = harness(cloud, local);
    const sink = recordingSink();
    await runJob(input({ outbound: OUTBOUND.replace(deleted, 'someone') }), deps, sink);
    // The user deleted `deleted` before sending: the outline names it, but it stays a placeholder.
    expect(sink.sketchText).toContain(deleted);
    expect(sink.sketchText).not.toContain(`${VAULT[deleted]} and`);
    for (const placeholder of kept) expect(sink.sketchText).toContain(VAULT[placeholder]);
  });

  it('sends only the redacted outbound text to the cloud and audits exactly that payload', async () => {
    const cloud = fakeCloud({ deltas: OUTLINE_CHUNKS });
    const local = fakeLocal({ deltas: ['Dear boss, ', 'thank you.  '] });
    const { deps, audit } = harness(cloud, local);
    const draft = await runJob(input(), deps, recordingSink());

    expect(draft).toBe('Dear boss, thank you.');
    expect(cloud.requests).toHaveLength(1);
    const sent = cloud.requests[0]?.messages ?? [];
    expect(sent).toEqual(sketchPrompt(OUTBOUND));
    const wire = JSON.stringify(sent).toLowerCase();
    for (const value of PRIVATE_VALUES) expect(wire).not.toContain(value.toLowerCase());

    // The exact request: URL, every parameter of the body, the headers with the key masked.
    expect(audit).toEqual([
      {
        id: 1,
        time: 1_700_000_000_000,
        site: 'mail.example.com',
        endpoint: 'https://cloud.example/v1',
        model: 'big-model',
        purpose: 'sketch',
        payload: { model: 'big-model', messages: sent, stream: true, max_tokens: 1024 },
        request: {
          method: 'POST',
          url: 'https://cloud.example/v1/chat/completions',
          headers: expect.objectContaining({ authorization: 'Bearer ••••' }),
        },
        withheld: PLACEHOLDERS.length,
        // Their kinds, counted from the placeholders; never the values.
        withheldKinds: { ORG: 1, PERSON: 1, PRIVATE: 1 },
        status: 'sent',
        settledAt: 1_700_000_000_000,
        replyChars: OUTLINE.length,
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain('sk-secret-key');
  });

  it('sends the user’s edited outbound text, not a fresh redaction', async () => {
    const cloud = fakeCloud({ deltas: ['1. Hi'] });
    const { deps } = harness(cloud, fakeLocal({ deltas: ['ok'] }));
    await runJob(input({ outbound: 'Write a thank-you note to [PERSON_1].' }), deps, recordingSink());
    expect(cloud.requests[0]?.messages).toEqual(sketchPrompt('Write a thank-you note to [PERSON_1].'));
  });

  it('gives the local engine the instruction, the context and the restored outline', async () => {
    const local = fakeLocal({ deltas: ['draft'] });
    const { deps } = harness(fakeCloud({ deltas: OUTLINE_CHUNKS }), local);
    const sink = recordingSink();
    await runJob(input(), deps, sink);

    const prompt = local.requests[0]?.messages.map((m) => m.content).join('\n') ?? '';
    expect(prompt).toContain(`Instruction: ${INSTRUCTION}`);
    expect(prompt).toContain('- name: Martin Reynolds');
    expect(prompt).toContain('- knee surgery on 3 March');
    expect(prompt).toContain(RESTORED_OUTLINE);
    for (const placeholder of PLACEHOLDERS) expect(prompt).not.toContain(placeholder);
    // The panel shows the outline restored too, without half placeholders along the way.
    expect(sink.sketchText).toBe(RESTORED_OUTLINE);
    expect(sink.stages).toEqual(['cloud', 'local']);
    expect(sink.draftText).toBe('draft');
  });

  it('the guard blocks a payload holding a known value: nothing sent, nothing audited', async () => {
    const cloud = fakeCloud({ deltas: ['1. x'] });
    const local = fakeLocal({ deltas: ['x'] });
    const { deps, audit } = harness(cloud, local);
    const edited = OUTBOUND.replace(PLACEHOLDERS[0] ?? '', VAULT[PLACEHOLDERS[0] ?? ''] ?? '');
    const error = await failure(runJob(input({ outbound: edited }), deps, recordingSink()));
    expect(error.code).toBe('guard-blocked');
    // The error names where the value comes from, never the value (details may be logged).
    expect(error.detail).toMatch(/^Still present: .+\.$/);
    expect(error.detail).not.toContain(VAULT[PLACEHOLDERS[0] ?? '']);
    expect(cloud.requests).toHaveLength(0);
    expect(local.requests).toHaveLength(0);
    expect(audit).toEqual([]);
  });

  it.each(['MARTIN REYNOLDS', 'acme logistics'])(
    'the guard also catches %j (case-insensitive)',
    async (variant) => {
      const cloud = fakeCloud({ deltas: ['1. x'] });
      const { deps } = harness(cloud, fakeLocal({ deltas: ['x'] }));
      const error = await failure(
        runJob(input({ outbound: `Letter from ${variant}` }), deps, recordingSink()),
      );
      expect(error.code).toBe('guard-blocked');
      expect(cloud.requests).toHaveLength(0);
    },
  );

  it('a cloud failure is audited as failed and rethrown; the local engine is not asked', async () => {
    const cloud = fakeCloud({ deltas: [], status: 429 });
    const local = fakeLocal({ deltas: ['x'] });
    const { deps, audit } = harness(cloud, local);
    const error = await failure(runJob(input(), deps, recordingSink()));
    expect(error.code).toBe('cloud-rate-limit');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      status: 'failed',
      error: 'cloud-rate-limit',
      payload: expect.objectContaining({ messages: sketchPrompt(OUTBOUND) }),
    });
    expect(local.requests).toHaveLength(0);
  });

  it('a reply cut off mid-stream is audited as failed and surfaces as unreadable', async () => {
    const { deps, audit } = harness(
      fakeCloud({ deltas: ['1.'], error: new Error('boom') }),
      fakeLocal({ deltas: [] }),
    );
    const error = await failure(runJob(input(), deps, recordingSink()));
    expect(error.code).toBe('cloud-malformed');
    expect(audit[0]).toMatchObject({ status: 'failed', error: 'cloud-malformed' });
  });

  it('a local failure after a good sketch keeps the sketch audited as sent', async () => {
    const local = fakeLocal({ deltas: ['Dear'], error: new AppError('local-unreachable') });
    const { deps, audit } = harness(fakeCloud({ deltas: OUTLINE_CHUNKS }), local);
    expect((await failure(runJob(input(), deps, recordingSink()))).code).toBe('local-unreachable');
    expect(audit.map((e) => e.status)).toEqual(['sent']);
  });
});

describe('local-only mode', () => {
  it('never calls the cloud and drafts from the instruction and context', async () => {
    const cloud = fakeCloud({ deltas: ['nope'] });
    const local = fakeLocal({ deltas: ['Hello ', 'world'] });
    const h = harness(cloud, local);
    const sink = recordingSink();
    const draft = await runJob(input({ mode: 'local-only' }), h.deps, sink);
    expect(draft).toBe('Hello world');
    expect(h.cloudCalls()).toBe(0);
    expect(cloud.requests).toHaveLength(0);
    expect(h.audit).toEqual([]);
    expect(sink.stages).toEqual(['local']);
    const prompt = local.requests[0]?.messages.map((m) => m.content).join('\n') ?? '';
    expect(prompt).toContain(`Instruction: ${INSTRUCTION}`);
    expect(prompt).toContain('- name: Martin Reynolds');
    expect(prompt).not.toContain('Outline to follow:');
  });

  it('works without any cloud configuration', async () => {
    const { deps } = harness(fakeCloud({ deltas: [] }), fakeLocal({ deltas: ['ok'] }));
    deps.cloud = () => {
      throw new AppError('cloud-not-configured');
    };
    expect(await runJob(input({ mode: 'local-only' }), deps, recordingSink())).toBe('ok');
  });
});

describe('cancel', () => {
  it.each(['sketch', 'local-only'] as const)(
    '%s: aborting while the local engine writes ends with cancelled, even if the engine ignores it',
    async (mode) => {
      const controller = new AbortController();
      const local = fakeLocal({ deltas: ['a', 'b', 'c'], afterDelta: () => controller.abort() });
      const { deps } = harness(fakeCloud({ deltas: OUTLINE_CHUNKS }), local);
      const error = await failure(runJob(input({ mode, signal: controller.signal }), deps, recordingSink()));
      expect(error.code).toBe('cancelled');
      expect(local.requests[0]?.signal).toBe(controller.signal);
    },
  );

  it('aborting the job aborts the cloud request in flight, audited as cancelled', async () => {
    const controller = new AbortController();
    const cloud = fakeCloud({ deltas: ['1. ', 'x', 'y'], afterDelta: () => controller.abort() });
    const { deps, audit } = harness(cloud, fakeLocal({ deltas: ['x'] }));
    const error = await failure(runJob(input({ signal: controller.signal }), deps, recordingSink()));
    expect(error.code).toBe('cancelled');
    expect(cloud.requests[0]?.signal?.aborted).toBe(true);
    expect(audit[0]).toMatchObject({ status: 'failed', error: 'cancelled' });
  });

  it('a cancel during the sketch stops before the local engine is asked', async () => {
    const controller = new AbortController();
    const cloud = fakeCloud({
      deltas: ['1. ', 'x'],
      error: new AppError('cancelled'),
      afterDelta: () => controller.abort(),
    });
    const local = fakeLocal({ deltas: ['x'] });
    const { deps } = harness(cloud, local);
    expect((await failure(runJob(input({ signal: controller.signal }), deps, recordingSink()))).code).toBe(
      'cancelled',
    );
    expect(local.requests).toHaveLength(0);
  });
});
