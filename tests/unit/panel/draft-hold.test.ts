import type { PanelSession } from '../../../lib/messaging/protocol';
import { INITIAL, insertHold, reduce, type PanelAction, type PanelState } from '../../../lib/panel/state';
import type { DraftCheck } from '../../../lib/privacy/draft-check';

const SESSION: PanelSession = { instruction: 'thank my manager', site: 'mail.example.com', mode: 'sketch' };
const DRAFT = 'Thanks! My partner Aisling Byrne says hi.';
const FLAGGED: DraftCheck = {
  draft: DRAFT,
  details: 1,
  findings: [
    { start: 19, end: 32, kind: 'PERSON', source: 'profile: partner', remove: { start: 19, end: 32 } },
  ],
};
const CLEAN = (draft: string): DraftCheck => ({ draft, findings: [], details: 0 });

const run = (state: PanelState, ...actions: PanelAction[]) => actions.reduce(reduce, state);
const done: PanelAction = { type: 'job', event: { type: 'done', draft: DRAFT } };
const checked = (check: DraftCheck): PanelAction => ({ type: 'job', event: { type: 'draft-check', check } });
const START: PanelState = { ...INITIAL, session: SESSION, phase: 'running' };

describe('Insert waits for the draft check', () => {
  it.each<[string, PanelAction[], ReturnType<typeof insertHold>]>([
    ['a finished draft not yet checked', [done], 'checking'],
    ['a clean draft', [done, checked(CLEAN(DRAFT))], undefined],
    ['a draft with details the user did not mention', [done, checked(FLAGGED)], 'flagged'],
    ['…after "Insert anyway"', [done, checked(FLAGGED), { type: 'insert-anyway' }], undefined],
    ['a draft that could not be checked', [done, checked({ ...CLEAN(DRAFT), failed: true })], 'flagged'],
    ['a check of another text', [done, checked(CLEAN('something else'))], 'checking'],
    [
      'after "Remove them", until the trimmed draft is checked',
      [done, checked(FLAGGED), { type: 'remove-flagged' }],
      'checking',
    ],
    [
      'a new draft after an accepted risk',
      [done, checked(FLAGGED), { type: 'insert-anyway' }, { type: 'send' }, done],
      'checking',
    ],
  ])('%s', (_name, actions, hold) => {
    expect(insertHold(run(START, ...actions))).toBe(hold);
  });

  it('"Remove them" cuts the flagged details out of the draft', () => {
    const state = run(START, done, checked(FLAGGED), { type: 'remove-flagged' });
    expect(state.draft).toBe('Thanks! My partner says hi.');
    expect(insertHold(run(state, checked(CLEAN(state.draft))))).toBeUndefined();
  });
});
