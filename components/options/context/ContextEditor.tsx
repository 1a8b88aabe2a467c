import { contextSummary } from '../../../lib/context/summary';
import { ContextFile } from './ContextFile';
import { FactList } from './FactList';
import { ProfileList } from './ProfileList';
import { SampleList } from './SampleList';
import { useStoredContext } from './useStoredContext';

/** The private context: every entry visible and editable; each change is saved at once. */
export function ContextEditor() {
  const { context, apply, status } = useStoredContext();
  return (
    <>
      <p class="muted">Stays on this device. The local model reads it; the cloud model never sees it.</p>
      <p>
        <span data-testid="context-summary">{context ? contextSummary(context) : 'Loading…'}</span>{' '}
        {status ? (
          <span class={status.ok ? 'ok' : 'error'} role="status" data-testid="context-saved">
            {status.text}
          </span>
        ) : null}
      </p>
      {context ? (
        <>
          <ProfileList profile={context.profile} apply={apply} />
          <FactList facts={context.facts} apply={apply} />
          <SampleList samples={context.samples} apply={apply} />
          <ContextFile context={context} apply={apply} />
        </>
      ) : null}
    </>
  );
}
