import { useEffect, useRef, useState } from 'preact/hooks';
import {
  setupProgressItem,
  setupSteps,
  skipStep,
  type SetupProgress,
  type SetupStep,
} from '../../../lib/options/first-run';
import { EndpointsForm } from '../EndpointsForm';
import { useReadiness } from '../ReadinessList';

const STATE_TEXT: Record<SetupStep['state'], string> = {
  done: 'done',
  todo: 'to do',
  skipped: 'skipped for now',
};

/** The stored progress, kept current when the try page or another tab changes it. */
function useProgress(): SetupProgress | undefined {
  const [progress, setProgress] = useState<SetupProgress>();
  useEffect(() => {
    void setupProgressItem.getValue().then(setProgress);
    return setupProgressItem.watch(setProgress);
  }, []);
  return progress;
}

function Step({ step, n }: { step: SetupStep; n: number }) {
  const external = !step.href.startsWith('#');
  return (
    <>
      <span class="step-mark" aria-hidden="true">
        {step.state === 'done' ? '✓' : step.state === 'skipped' ? '–' : n}
      </span>
      <div class="step-body">
        <h2 id={`step-${step.id}-title`}>
          {step.title} <span class="step-state">({STATE_TEXT[step.state]})</span>
        </h2>
        {step.detail ? <p class="step-detail">{step.detail}.</p> : null}
        <div class="row">
          {step.id === 'cloud' ? (
            <span class="muted">{step.action}.</span>
          ) : (
            <a
              class="button-link"
              href={step.href}
              target={external ? '_blank' : undefined}
              rel={external ? 'noreferrer' : undefined}
              data-testid={`step-go-${step.id}`}
            >
              {step.action}
            </a>
          )}
          {step.state === 'todo' ? (
            <button type="button" class="secondary" onClick={() => void skipStep(step.id, true)}>
              Skip for now
            </button>
          ) : null}
          {step.state === 'skipped' ? (
            <button type="button" class="secondary" onClick={() => void skipStep(step.id, false)}>
              Do it now
            </button>
          ) : null}
        </div>
      </div>
    </>
  );
}

/**
 * First run as ordered steps, each with a tick when done: who writes on this device, the cloud
 * endpoint (its form is here), your context, and the try page. Every step can be skipped and
 * returned to; a tick means what readiness checked, no more.
 */
export function SetupSteps() {
  const [refresh, setRefresh] = useState(0);
  const items = useReadiness(refresh);
  const progress = useProgress();
  const form = useRef<HTMLDivElement>(null);
  // The endpoint form says "Saved." or shows the Test connection report: look at readiness again.
  useEffect(() => {
    const el = form.current;
    if (!el) return undefined;
    const watch = new MutationObserver(() => setRefresh((n) => n + 1));
    watch.observe(el, { childList: true, subtree: true, characterData: true });
    return () => watch.disconnect();
  }, [form.current]);

  const steps = items && progress ? setupSteps(items, progress) : undefined;
  const done = steps?.filter((s) => s.state === 'done').length ?? 0;
  return (
    <>
      <p class="muted" data-testid="setup-progress">
        {steps
          ? `${done} of ${steps.length} steps done. Each step can be skipped and done later, in any order.`
          : 'Checking what is set up…'}
      </p>
      <ol class="steps" data-testid="setup-steps">
        {steps?.map((step, i) => (
          <li
            key={step.id}
            class="step"
            data-step={step.id}
            data-state={step.state}
            aria-labelledby={`step-${step.id}-title`}
          >
            <Step step={step} n={i + 1} />
            {step.id === 'cloud' ? (
              <div class="step-form" id="setup/cloud" ref={form}>
                <EndpointsForm />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
