import { useRef } from 'preact/hooks';
import { ReasonLink } from './ReasonLink';
import type { PossiblyPrivate, ReviewScope } from '../lib/privacy/possibly-private';
import type { GuardResult, Redaction } from '../lib/privacy/types';
import { openDoubts, type PanelAction, type PanelState } from '../lib/panel/state';

interface Props {
  instruction: string;
  outbound: string;
  redactions: Redaction[];
  guard: GuardResult | undefined;
  /** Words the review is not sure of and the user has not dismissed. */
  doubts: PossiblyPrivate[];
  scope: ReviewScope | undefined;
  onEdit(outbound: string): void;
  onRelease(original: string): void;
  onWithhold(text: string): void;
  onDismiss(text: string): void;
  /** Opens a context entry (`fact-3`) a reason names, in the options page. */
  onOpenEntry?(entry: string): void;
  /** Headings for other uses than drafting (Guard: the user's message, sent to an AI site). */
  labels?: { instruction: string; outbound: string };
}

/** The review's props bound to the panel's state and reducer: the draft panel and Guard's use the same. */
export function reviewOf(
  state: PanelState,
  dispatch: (action: PanelAction) => void,
): Omit<Props, 'instruction' | 'onOpenEntry' | 'labels'> {
  return {
    outbound: state.outbound,
    redactions: state.redactions,
    guard: state.guard,
    doubts: openDoubts(state),
    scope: state.scope,
    onEdit: (outbound) => dispatch({ type: 'edit', outbound }),
    onRelease: (original) => dispatch({ type: 'release', original }),
    onWithhold: (text) => dispatch({ type: 'withhold', text }),
    onDismiss: (text) => dispatch({ type: 'dismiss', text }),
  };
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
      <h2>{props.labels?.instruction ?? 'Your instruction'}</h2>
      <p class="instruction" data-testid="instruction">
        {props.instruction}
      </p>
      <h2>
        <label for="outbound">{props.labels?.outbound ?? 'Sent to the cloud'}</label>
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
        <p class="muted">Nothing was withheld.</p>
      ) : (
        <ul class="withheld" data-testid="withheld">
          {[...unique.values()].map((r) => (
            <li key={r.placeholder}>
              <code>{r.placeholder}</code> <span class="original">{r.original}</span>{' '}
              <ReasonLink source={r.source} onOpen={props.onOpenEntry} />
              <button
                type="button"
                class="link"
                aria-label={`Release: send "${r.original}" as it is`}
                onClick={() => props.onRelease(r.original)}
              >
                release
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.doubts.length > 0 ? (
        <DoubtList doubts={props.doubts} onWithhold={props.onWithhold} onDismiss={props.onDismiss} />
      ) : null}
      <GuardLine guard={props.guard} undecided={props.doubts.length} />
      <ScopeLine scope={props.scope} />
    </section>
  );
}

function DoubtList(props: {
  doubts: PossiblyPrivate[];
  onWithhold(text: string): void;
  onDismiss(text: string): void;
}) {
  return (
    <>
      <h2>Possibly private ({props.doubts.length})</h2>
      <ul class="withheld doubts" data-testid="doubts">
        {props.doubts.map((d) => (
          <li key={`${d.start}:${d.text}`} data-testid="doubt">
            <span class="original">{d.text}</span> <span class="muted">({d.why})</span>
            <button
              type="button"
              class="link"
              aria-label={`Withhold "${d.text}"`}
              onClick={() => props.onWithhold(d.text)}
            >
              withhold
            </button>
            <button
              type="button"
              class="link"
              aria-label={`Dismiss: "${d.text}" is fine to send`}
              onClick={() => props.onDismiss(d.text)}
            >
              dismiss
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function GuardLine({ guard, undecided }: { guard: GuardResult | undefined; undecided: number }) {
  if (!guard) return <p class="muted">Checking…</p>;
  if (!guard.ok) {
    const items = [...new Set(guard.found.map((f) => (f.text ? `"${f.text}" (${f.source})` : f.source)))];
    return (
      <p class="error" role="alert" data-testid="guard-blocked">
        Still private: {items.join(', ')}. Redact it (select it, then Withhold) or edit the text before
        sending.
      </p>
    );
  }
  if (undecided > 0)
    return (
      <p class="warn" data-testid="guard-undecided">
        Not decided: {undecided === 1 ? 'one item' : `${undecided} items`} above may be private. None of your
        known values remains; withhold or dismiss each item you are unsure of.
      </p>
    );
  return (
    <p class="ok" data-testid="guard-ok">
      Checked: nothing private that CoGenesis knows of remains in the text above.
    </p>
  );
}

const PATTERN_LABELS: Record<string, string> = {
  email: 'e-mail',
  phone: 'phone',
  'payment-card': 'card',
  iban: 'IBAN',
  'national-id': 'national ID',
  'ip-address': 'IP address',
  'street-address': 'street address',
  'date-of-birth': 'date of birth',
  url: 'web address',
  codes: 'codes',
};

/** Says what the check covered, so "Checked" never claims more than that. */
function ScopeLine({ scope }: { scope: ReviewScope | undefined }) {
  if (!scope) return null;
  const context =
    scope.contextEntries === 0
      ? 'your context is empty (add it in CoGenesis options to have it checked)'
      : `your context: ${scope.contextValues} values from ${scope.contextEntries} entries`;
  const patterns = scope.patterns.map((id) => PATTERN_LABELS[id] ?? id);
  return (
    <p class="muted scope" data-testid="review-scope" title={`Patterns: ${patterns.join(', ')}`}>
      What was checked: {context}; {patterns.length} patterns ({patterns.slice(0, 3).join(', ')}
      {patterns.length > 3 ? ', …' : ''}){scope.names ? '; names' : ''}.
    </p>
  );
}
