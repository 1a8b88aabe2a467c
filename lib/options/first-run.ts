import { storage } from 'wxt/utils/storage';
import type { ReadinessItem } from './readiness';

/** The first-run steps, in the order a person does them. */
export type StepId = 'local' | 'cloud' | 'context' | 'try';

/** Which steps the user skipped (to come back to), and whether they have tried the panel yet. */
export interface SetupProgress {
  skipped: StepId[];
  tried: boolean;
}

export const setupProgressItem = storage.defineItem<SetupProgress>('local:setupProgress', {
  fallback: { skipped: [], tried: false },
  version: 1,
});

export interface SetupStep {
  id: StepId;
  title: string;
  state: 'done' | 'todo' | 'skipped';
  /** What was checked, or what is missing: no stronger than the readiness check said. */
  detail: string;
  /** Where the step is done: an options section (`#models`) or the try page. */
  href: string;
  /** The link's words: what to do, or how to change it once done. */
  action: string;
}

const TITLES: Record<StepId, [title: string, todo: string, change: string, href: string]> = {
  local: ['Who writes on this device', 'Choose the local model', 'Change the local model', '#models'],
  cloud: [
    'The cloud endpoint',
    'Fill in the endpoint below and press Test connection',
    'Change it below',
    '#setup/cloud',
  ],
  context: ['Your context', 'Add what drafts should know', 'Edit your context', '#context'],
  try: ['Try it', 'Open the try page', 'Open the try page again', '/try.html'],
};

/** The steps with their state: done when readiness says so, else skipped or still to do. */
export function setupSteps(items: readonly ReadinessItem[], progress: SetupProgress): SetupStep[] {
  const step = (id: StepId, done: boolean, detail: string): SetupStep => {
    const [title, todo, change, href] = TITLES[id];
    const state = done ? 'done' : progress.skipped.includes(id) ? 'skipped' : 'todo';
    return { id, title, state, detail, href, action: done ? change : todo };
  };
  const fromReadiness = (id: 'local' | 'cloud' | 'context') => {
    const item = items.find((i) => i.id === id);
    return step(id, item?.state === 'ok', item?.detail ?? '');
  };
  return [
    fromReadiness('local'),
    fromReadiness('cloud'),
    fromReadiness('context'),
    step(
      'try',
      progress.tried,
      progress.tried
        ? 'you have opened the panel on the try page'
        : 'a page of CoGenesis’s own with a text box, to see the ✦ button and the panel',
    ),
  ];
}

export async function skipStep(id: StepId, skipped: boolean): Promise<void> {
  const current = await setupProgressItem.getValue();
  const others = current.skipped.filter((s) => s !== id);
  await setupProgressItem.setValue({ ...current, skipped: skipped ? [...others, id] : others });
}

export async function markTried(): Promise<void> {
  const current = await setupProgressItem.getValue();
  if (!current.tried) await setupProgressItem.setValue({ ...current, tried: true });
}
