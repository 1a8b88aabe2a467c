import { useState } from 'preact/hooks';
import { FOLLOW_UPS, MAX_FOLLOW_UP } from '../../lib/pipeline/revise';

/**
 * Follow-ups on a finished draft: the usual ones as buttons, and the user's own words. What happens
 * to them (rewritten on the device, or reviewed before anything leaves) is said by `cloud`.
 */
export function FollowUps({ cloud, onAsk }: { cloud: boolean; onAsk: (request: string) => void }) {
  const [own, setOwn] = useState('');
  const ask = (request: string) => {
    onAsk(request);
    setOwn('');
  };
  return (
    <section class="follow-ups" aria-label="Change the draft" data-testid="follow-ups">
      <div class="chips">
        {FOLLOW_UPS.map((f) => (
          <button
            key={f.id}
            type="button"
            class="secondary chip"
            data-testid={`follow-up-${f.id}`}
            onClick={() => ask(f.request)}
          >
            {f.label}
          </button>
        ))}
      </div>
      <form
        class="follow-up-own"
        onSubmit={(event) => {
          event.preventDefault();
          if (own.trim()) ask(own);
        }}
      >
        <label class="visually-hidden" for="follow-up">
          Ask for another change
        </label>
        <input
          id="follow-up"
          data-testid="follow-up-text"
          maxLength={MAX_FOLLOW_UP}
          placeholder="Or say what to change…"
          value={own}
          onInput={(e) => setOwn(e.currentTarget.value)}
        />
        <button type="submit" class="secondary" data-testid="follow-up-send" disabled={!own.trim()}>
          Rewrite
        </button>
      </form>
      <p class="muted small">
        {cloud
          ? 'A change is added to your instruction and shown for review before anything leaves this device.'
          : 'Rewritten on this device; nothing leaves it.'}
      </p>
    </section>
  );
}
