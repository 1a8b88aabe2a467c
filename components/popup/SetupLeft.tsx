import { useEffect, useState } from 'preact/hooks';
import { setupProgressItem, setupSteps, type SetupProgress } from '../../lib/options/first-run';
import type { ReadinessItem } from '../../lib/options/readiness';

/** "2 of 4 setup steps done" and the steps still open, each a link to where it is done. */
export function SetupLeft({
  items,
  url,
}: {
  items: ReadinessItem[];
  url(path: `/options.html${string}` | '/try.html'): string;
}) {
  const [progress, setProgress] = useState<SetupProgress>();
  useEffect(() => {
    void setupProgressItem.getValue().then(setProgress);
    return setupProgressItem.watch(setProgress);
  }, []);
  if (!progress) return null;
  const steps = setupSteps(items, progress);
  const open = steps.filter((s) => s.state !== 'done');
  if (open.length === 0) return null;
  return (
    <p class="setup-left" data-testid="setup-left">
      Setup: {steps.length - open.length} of {steps.length} steps done. Still to do:{' '}
      {open.map((step, i) => (
        <span key={step.id}>
          {i ? ', ' : ''}
          <a
            href={url(step.href.startsWith('#') ? `/options.html${step.href}` : '/try.html')}
            target="_blank"
            rel="noreferrer"
          >
            {step.title}
          </a>
          {step.state === 'skipped' ? ' (skipped)' : ''}
        </span>
      ))}
      .
    </p>
  );
}
