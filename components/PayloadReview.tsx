import { useRef } from 'preact/hooks';
import type { GuardResult, Redaction } from '../lib/privacy/types';

interface Props {
  instruction: string;
  outbound: string;
  redactions: Redaction[];
  guard: GuardResult | undefined;
  onEdit(outbound: string): void;
  onRelease(original: string): void;
  onWithhold(text: string): void;
}

/** Shows exactly what will leave the device, why each item was withheld, and lets the user change it. */
export function PayloadReview(props: Props) {
  const outboundRef = useRef<HTMLTextAreaElement>(null);
  const unique = new Map<string, Redaction>();
  for (const r of props.redactions) if (!unique.has(r.placeholder)) unique.set(r.placeholder, r);

  const withholdSelection = () => {
    const el = outboundRef.current;
    const selected = el ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
    if (selected.trim()) props.onWithhold(selected);
  };

  return (
    <section aria-label="What leaves this device">
      <h2>Your instruction</h2>
      <p class="instruction" data-testid="instruction">
        {props.instruction}
      </p>
      <h2>
        <label for="outbound">Sent to the cloud</label>
      </h2>
      <textarea
        id="outbound"
        ref={outboundRef}
        data-testid="outbound"
        value={props.outbound}
        rows={4}
        onInput={(e) => props.onEdit(e.currentTarget.value)}
      />
      <button type="button" class="secondary" data-testid="withhold" onClick={withholdSelection}>
        Withhold selected words
      </button>
      <h2>Withheld ({unique.size})</h2>
      {unique.size === 0 ? (
        <p class="muted">Nothing private was found.</p>
      ) : (
        <ul class="withheld" data-testid="withheld">
          {[...unique.values()].map((r) => (
            <li key={r.placeholder}>
              <code>{r.placeholder}</code> <span class="original">{r.original}</span>{' '}
              <span class="muted">({r.source})</span>
              <button
                type="button"
                class="link"
                aria-label={`Send "${r.original}" as it is`}
                onClick={() => props.onRelease(r.original)}
              >
                release
              </button>
            </li>
          ))}
        </ul>
      )}
      <GuardLine guard={props.guard} />
    </section>
  );
}

function GuardLine({ guard }: { guard: GuardResult | undefined }) {
  if (!guard) return <p class="muted">Checking…</p>;
  if (guard.ok)
    return (
      <p class="ok" data-testid="guard-ok">
        Checked: nothing private remains in the text above.
      </p>
    );
  const items = [...new Set(guard.found.map((f) => (f.text ? `"${f.text}" (${f.source})` : f.source)))];
  return (
    <p class="error" role="alert" data-testid="guard-blocked">
      Still private: {items.join(', ')}. Redact it (select it, then Withhold) or edit the text before sending.
    </p>
  );
}
