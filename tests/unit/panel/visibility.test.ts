import { ArmingGuard, watchVisibility, type ArmState, type Clock } from '../../../lib/panel/visibility';

/** A clock the test advances by hand. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout(run, ms) {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.run();
    }
  };
  return { clock, advance };
}

type Step = ['visible', boolean] | ['moved'] | ['pointer', number, number] | ['wait', number];

function run(steps: Step[]): ArmState {
  const { clock, advance } = fakeClock();
  const guard = new ArmingGuard(() => undefined, clock, 600);
  for (const step of steps) {
    if (step[0] === 'visible') guard.setVisible(step[1]);
    else if (step[0] === 'moved') guard.moved();
    else if (step[0] === 'pointer') guard.pointer(step[1] + 100, step[2] + 100, 100, 100);
    else advance(step[1]);
  }
  return guard.current;
}

describe('ArmingGuard: Send and Insert arm only on a panel visible and still for the delay', () => {
  it.each<[string, Step[], ArmState]>([
    ['nothing known yet', [], { armed: false, reason: 'checking' }],
    [
      'just became visible',
      [
        ['visible', true],
        ['wait', 599],
      ],
      { armed: false, reason: 'arming' },
    ],
    [
      'visible for the delay',
      [
        ['visible', true],
        ['wait', 600],
      ],
      { armed: true },
    ],
    [
      'hidden again',
      [
        ['visible', true],
        ['wait', 600],
        ['visible', false],
      ],
      { armed: false, reason: 'hidden' },
    ],
    [
      'hidden during arming never arms',
      [
        ['visible', true],
        ['wait', 300],
        ['visible', false],
        ['wait', 900],
      ],
      { armed: false, reason: 'hidden' },
    ],
    [
      'moved restarts the delay',
      [['visible', true], ['wait', 600], ['moved'], ['wait', 599]],
      { armed: false, reason: 'arming' },
    ],
    ['still after a move', [['visible', true], ['wait', 600], ['moved'], ['wait', 600]], { armed: true }],
    [
      'visible reported again is not a move',
      [
        ['visible', true],
        ['wait', 600],
        ['visible', true],
      ],
      { armed: true },
    ],
    [
      'a move while hidden does not arm',
      [['visible', false], ['moved'], ['wait', 900]],
      { armed: false, reason: 'hidden' },
    ],
    [
      'the pointer sees the frame at a new place',
      [
        ['visible', true],
        ['wait', 600],
        ['pointer', 10, 10],
        ['pointer', 40, 10],
      ],
      { armed: false, reason: 'arming' },
    ],
    [
      'the pointer sees the frame where it was',
      [
        ['visible', true],
        ['wait', 600],
        ['pointer', 10, 10],
        ['pointer', 10, 10],
      ],
      { armed: true },
    ],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});

describe('watchVisibility where the browser cannot verify visibility (Firefox)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the guard itself says unverifiable, so the click-time check sends Send and Insert to the confirm window', () => {
    // No IntersectionObserver v2, as in Firefox.
    vi.stubGlobal('window', {});
    const changes: ArmState[] = [];
    const { guard, stop } = watchVisibility({} as Element, (state) => changes.push(state));
    expect(guard.current).toEqual({ armed: false, reason: 'unverifiable' });
    expect(changes).toEqual([{ armed: false, reason: 'unverifiable' }]);
    // A pointer or a move report cannot turn it into anything else.
    guard.pointer(110, 110, 100, 100);
    guard.pointer(150, 110, 100, 100);
    guard.moved();
    expect(guard.current).toEqual({ armed: false, reason: 'unverifiable' });
    stop();
  });
});
