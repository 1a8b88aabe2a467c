import type { JobEvent, PanelSession } from '../../../lib/messaging/protocol';
import {
  INITIAL,
  instructionOf,
  openDoubts,
  reduce,
  vaultOf,
  type PanelAction,
  type PanelState,
} from '../../../lib/panel/state';
import type { GuardResult, Redaction } from '../../../lib/privacy/types';

const SESSION: PanelSession = { instruction: 'thank Martin', site: 'mail.example.com', mode: 'sketch' };
const REDACTION: Redaction = {
  placeholder: '[PERSON_1]',
  kind: 'PERSON',
  source: 'profile: name',
  start: 6,
  end: 12,
  original: 'Martin',
};
const BLOCKED: GuardResult = {
  ok: false,
  found: [{ kind: 'PERSON', source: 'profile: name', text: 'Martin' }],
};
const REVIEW: PanelState = {
  ...INITIAL,
  phase: 'review',
  session: SESSION,
  outbound: 'thank [PERSON_1]',
  redactions: [REDACTION],
  guard: { ok: true },
};

/** Applies actions in order, checking that no state is mutated on the way (the UI relies on identity). */
function run(state: PanelState, ...actions: PanelAction[]): PanelState {
  return actions.reduce((current, action) => {
    const before = structuredClone(current);
    const next = reduce(current, action);
    expect(current).toEqual(before);
    return next;
  }, state);
}
const job = (event: JobEvent): PanelAction => ({ type: 'job', event });

describe('panel reducer', () => {
  it('starts connecting with nothing withheld or released', () => {
    expect(INITIAL).toMatchObject({
      phase: 'connecting',
      outbound: '',
      edited: false,
      sketch: '',
      draft: '',
    });
    expect(INITIAL.policy).toEqual({ released: [], extra: [] });
  });

  it('a session moves to review', () => {
    expect(run(INITIAL, { type: 'session', session: SESSION })).toMatchObject({
      phase: 'review',
      session: SESSION,
    });
  });

  it('release without an edit adds the original to the policy, and the next preview applies', () => {
    const released = run(REVIEW, { type: 'release', original: 'Martin' });
    expect(released.policy.released).toEqual(['Martin']);
    const previewed = run(
      released,
      job({ type: 'preview', outbound: 'thank Martin', redactions: [], guard: { ok: true } }),
    );
    expect(previewed.outbound).toBe('thank Martin');
  });

  it('a release after an edit keeps every edit and puts the value back into the edited text', () => {
    const withSentence: PanelState = { ...REVIEW, outbound: 'thank [PERSON_1]. Remind him of Friday.' };
    // The user deletes the second sentence, then releases the name.
    const state = run(
      withSentence,
      { type: 'edit', outbound: 'thank [PERSON_1].' },
      { type: 'release', original: 'martin' },
    );
    expect(state).toMatchObject({ outbound: 'thank Martin.', edited: true, redactions: [] });
    expect(state.policy.released).toEqual(['martin']);
    // The preview the release triggers, made from the instruction, does not bring the sentence back.
    const after = run(
      state,
      job({
        type: 'preview',
        outbound: 'thank Martin. Remind him of Friday.',
        redactions: [],
        guard: { ok: true },
      }),
    );
    expect(after.outbound).toBe('thank Martin.');
  });

  it('a preview of the edited text applies, keeping the placeholders the text still holds', () => {
    const extra: Redaction = {
      ...REDACTION,
      placeholder: '[PRIVATE_1]',
      kind: 'PRIVATE',
      original: 'Kacper',
    };
    const edited = run(REVIEW, { type: 'edit', outbound: 'thank [PERSON_1] and Kacper' });
    const state = run(
      edited,
      { type: 'withhold', text: 'Kacper' },
      job({
        type: 'preview',
        outbound: 'thank [PERSON_1] and [PRIVATE_1]',
        redactions: [extra],
        guard: { ok: true },
        basis: 'thank [PERSON_1] and Kacper',
      }),
    );
    expect(state.outbound).toBe('thank [PERSON_1] and [PRIVATE_1]');
    expect(state.redactions.map((r) => r.placeholder)).toEqual(['[PERSON_1]', '[PRIVATE_1]']);
    expect(vaultOf(state.redactions)).toEqual({ '[PERSON_1]': 'Martin', '[PRIVATE_1]': 'Kacper' });
    expect(state.guard).toEqual({ ok: true });
  });

  it('a preview or check overtaken by typing is dropped', () => {
    const typed = run(REVIEW, { type: 'edit', outbound: 'thank [PERSON_1] now' });
    const basis = 'thank [PERSON_1]';
    expect(
      run(typed, job({ type: 'preview', outbound: basis, redactions: [], guard: { ok: true }, basis }))
        .outbound,
    ).toBe('thank [PERSON_1] now');
    expect(run(typed, job({ type: 'check', guard: BLOCKED, basis })).guard).toBeUndefined();
    expect(run(typed, job({ type: 'check', guard: BLOCKED, basis: typed.outbound })).guard).toEqual(BLOCKED);
  });

  it('a model pass that settles after the user edited still ends its wait (Send is not held forever)', () => {
    const running = { status: 'running' as const, added: 0, budgetMs: 3000, ms: 0 };
    const done = { status: 'none' as const, added: 0, budgetMs: 3000, ms: 40 };
    const waiting = run(
      REVIEW,
      job({
        type: 'preview',
        outbound: REVIEW.outbound,
        redactions: [],
        guard: { ok: true },
        assist: running,
      }),
    );
    const typed = run(waiting, { type: 'edit', outbound: 'thank I' });
    // The instruction's preview with the pass applied arrives after the edit: its text is dropped, its note is not.
    const settled = run(
      typed,
      job({
        type: 'preview',
        outbound: 'thank [PERSON_1]',
        redactions: [],
        guard: { ok: true },
        assist: done,
      }),
    );
    expect(settled.outbound).toBe('thank I');
    expect(settled.assist).toEqual(done);
  });

  it('keeps the doubts and the scope a preview brings; a dismissed doubt is no longer open', () => {
    const doubt = { text: 'Ingrd', start: 6, end: 11, reason: 'near' as const, why: 'close to "Ingrid"' };
    const scope = { contextEntries: 3, contextValues: 9, patterns: ['email'], names: true };
    const state = run(
      INITIAL,
      job({
        type: 'preview',
        outbound: 'thank Ingrd',
        redactions: [],
        guard: { ok: true },
        doubts: [doubt],
        scope,
      }),
    );
    expect(openDoubts(state)).toEqual([doubt]);
    expect(state.scope).toEqual(scope);
    const dismissed = run(state, { type: 'dismiss', text: 'ingrd' });
    expect(openDoubts(dismissed)).toEqual([]);
    expect(reduce(dismissed, { type: 'dismiss', text: 'INGRD' })).toBe(dismissed);
  });

  it.each([
    ['  Elm Street ', ['Martin'], ['Elm Street']],
    ['martin', [], ['martin']],
  ])('withhold %j trims, un-releases case-insensitively, and adds it', (text, released, extra) => {
    const state = run(REVIEW, { type: 'release', original: 'Martin' }, { type: 'withhold', text });
    expect(state.policy).toEqual({ released, extra });
  });

  it('withholding blank text changes nothing', () => {
    expect(reduce(REVIEW, { type: 'withhold', text: '   ' })).toBe(REVIEW);
  });

  it('edit stores the text, marks it edited and forgets the stale guard result', () => {
    const state = run(REVIEW, { type: 'edit', outbound: 'thank Martin' });
    expect(state).toMatchObject({ outbound: 'thank Martin', edited: true });
    expect(state.guard).toBeUndefined();
  });

  it('a preview of the instruction after an edit keeps the edit, its check and its placeholders', () => {
    const state = run(
      REVIEW,
      { type: 'edit', outbound: 'my words' },
      job({ type: 'check', guard: BLOCKED }),
      job({ type: 'preview', outbound: 'fresh [PERSON_1]', redactions: [], guard: { ok: true } }),
    );
    expect(state).toMatchObject({ outbound: 'my words', guard: BLOCKED, redactions: [REDACTION] });
  });

  it('a preview without an edit replaces outbound, redactions and guard', () => {
    const state = run(
      INITIAL,
      job({ type: 'preview', outbound: 'o', redactions: [REDACTION], guard: BLOCKED }),
    );
    expect(state).toMatchObject({ outbound: 'o', redactions: [REDACTION], guard: BLOCKED });
  });

  it('send starts running from a clean slate', () => {
    const dirty: PanelState = {
      ...REVIEW,
      phase: 'error',
      sketch: 'old',
      draft: 'old',
      stage: 'x',
      progress: { fraction: 1, text: 'Loading model from cache' },
      notice: 'n',
      error: { code: 'cloud-auth' },
    };
    const state = run(dirty, { type: 'send' });
    expect(state.progress).toBeUndefined();
    expect(state).toMatchObject({ phase: 'running', sketch: '', draft: '', outbound: REVIEW.outbound });
    expect(state.stage).toBeUndefined();
    expect(state.error).toBeUndefined();
    expect(state.notice).toBeUndefined();
  });

  it('streams a job: stage label, sketch and draft deltas, then the final draft', () => {
    const state = run(
      REVIEW,
      { type: 'send' },
      job({ type: 'stage', stage: 'cloud', label: 'Asking cloud.example' }),
      job({ type: 'sketch', delta: '1. Greet ' }),
      job({ type: 'sketch', delta: 'Martin' }),
      job({ type: 'stage', stage: 'local', label: 'Writing' }),
      job({ type: 'draft', delta: 'Dear ' }),
      job({ type: 'draft', delta: 'boss' }),
    );
    expect(state).toMatchObject({
      phase: 'running',
      stage: 'Writing',
      sketch: '1. Greet Martin',
      draft: 'Dear boss',
    });
    expect(run(state, job({ type: 'done', draft: 'Dear boss,' }))).toMatchObject({
      phase: 'done',
      draft: 'Dear boss,',
    });
  });

  it('a draft delta or done arriving after the job finished leaves the edited draft as the user left it', () => {
    const done = run(
      REVIEW,
      { type: 'send' },
      job({ type: 'draft', delta: 'Dear boss' }),
      job({ type: 'done', draft: 'Dear boss,' }),
    );
    const edited = run(done, { type: 'edit-draft', draft: 'Thanks, edited by hand.' });
    const late = run(
      edited,
      job({ type: 'sketch', delta: '1. Greet' }),
      job({ type: 'draft', delta: 'Dear boss,' }),
      job({ type: 'done', draft: 'Dear boss, again' }),
    );
    expect(late).toMatchObject({ phase: 'done', draft: 'Thanks, edited by hand.', sketch: '' });
    // After Back, a late "done" does not bring the finished screen back.
    const back = run(done, { type: 'back' }, job({ type: 'done', draft: 'Dear boss,' }));
    expect(back.phase).toBe('review');
  });

  it.each<[string, PanelState['phase'], PanelState['phase']]>([
    ['cloud-server', 'running', 'error'],
    ['cloud-server', 'review', 'error'],
    ['cancelled', 'running', 'error'],
    ['cancelled', 'review', 'review'],
    ['cancelled', 'done', 'done'],
  ])('a job error %s while %s leads to %s', (code, from, to) => {
    const state = run(
      { ...REVIEW, phase: from },
      job({ type: 'error', error: { code: code as 'cancelled' } }),
    );
    expect(state.phase).toBe(to);
    if (to === 'error') expect(state.error?.code).toBe(code);
    else expect(state.error).toBeUndefined();
  });

  it('fail shows the error; back returns to review and clears it', () => {
    const failed = run(REVIEW, {
      type: 'fail',
      error: { code: 'guard-blocked', detail: 'Still present: x' },
    });
    expect(failed).toMatchObject({
      phase: 'error',
      error: { code: 'guard-blocked', detail: 'Still present: x' },
    });
    const back = run(failed, { type: 'back' });
    expect(back.phase).toBe('review');
    expect(back.error).toBeUndefined();
    expect(back.outbound).toBe(REVIEW.outbound);
  });

  it('notice sets a message without changing the phase', () => {
    expect(run(REVIEW, { type: 'notice', text: 'Copied.' })).toMatchObject({
      phase: 'review',
      notice: 'Copied.',
    });
  });

  it('mode read again at Send replaces the session mode; the same mode changes nothing', () => {
    expect(run(REVIEW, { type: 'mode', mode: 'local-only' }).session?.mode).toBe('local-only');
    expect(reduce(REVIEW, { type: 'mode', mode: 'sketch' })).toBe(REVIEW);
  });

  it('a question before Insert is kept until answered, and a new send forgets it', () => {
    const question = {
      kind: 'unfilled' as const,
      placeholders: ['[PERSON_9]'],
      placement: 'replace' as const,
    };
    const asked = run({ ...REVIEW, phase: 'done' }, { type: 'ask', question });
    expect(asked.question).toEqual(question);
    expect(run(asked, { type: 'answered' }).question).toBeUndefined();
    expect(run(asked, { type: 'send' }).question).toBeUndefined();
  });
});

describe('editing the draft and follow-ups', () => {
  const DONE: PanelState = { ...REVIEW, phase: 'done', draft: 'Dear Martin, thanks.' };

  it('a hand edit replaces the draft and drops the old check and "Insert anyway"', () => {
    const checked: PanelState = {
      ...DONE,
      draftCheck: { draft: DONE.draft, findings: [], details: 0 },
      draftRiskAccepted: true,
    };
    const next = run(checked, { type: 'edit-draft', draft: 'Thanks, Martin!' });
    expect(next.draft).toBe('Thanks, Martin!');
    expect(next.draftCheck).toBeUndefined();
    expect(next.draftRiskAccepted).toBe(false);
    // Only a finished draft is the user's to edit: not one still streaming.
    expect(run({ ...DONE, phase: 'running' }, { type: 'edit-draft', draft: 'x' }).draft).toBe(DONE.draft);
  });

  it('a cloud follow-up joins the instruction and goes back to a fresh review', () => {
    const next = run(
      { ...DONE, edited: true },
      { type: 'follow-up', request: 'Make it shorter.' },
      { type: 'follow-up', request: ' more formal ' },
    );
    expect(next.phase).toBe('review');
    expect(next.followUp).toBe('Make it shorter.; more formal');
    // The draft being revised is kept for the device's model (the second follow-up keeps the first's).
    expect(next.previousDraft).toBe(DONE.draft);
    expect(instructionOf(next)).toBe('thank Martin\n\nRevision asked for: Make it shorter.; more formal');
    // Nothing of the old review carries over: Send waits for a new preview and guard.
    expect(next.outbound).toBe('');
    expect(next.guard).toBeUndefined();
    expect(next.edited).toBe(false);
    expect(run(DONE, { type: 'follow-up', request: '   ' })).toBe(DONE);
  });
});

describe('Logit at review', () => {
  it("the engine host's answer from the last Test connection sets whether the review says Sketch", () => {
    expect(run(REVIEW, { type: 'job', event: { type: 'logit-check', available: false } }).logitFallback).toBe(
      true,
    );
    expect(run(REVIEW, { type: 'job', event: { type: 'logit-check', available: true } }).logitFallback).toBe(
      false,
    );
  });
});
