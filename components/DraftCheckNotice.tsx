import type { DraftCheck, DraftFinding } from '../lib/privacy/draft-check';
import { ReasonLink } from './ReasonLink';

interface Props {
  check: DraftCheck | undefined;
  onRemove(): void;
  onInsertAnyway(): void;
  /** Opens a context entry (`fact-3`) a finding names, in the options page. */
  onOpenEntry?(entry: string): void;
}

const AROUND = 32;
const LONGEST = 120;

/** One detail of the draft, marked where it stands, with a little of the text around it. */
function Excerpt({ draft, finding }: { draft: string; finding: DraftFinding }) {
  const from = Math.max(0, finding.start - AROUND);
  const to = Math.min(draft.length, finding.end + AROUND);
  const marked = draft.slice(finding.start, finding.end);
  const shown = marked.length > LONGEST ? `${marked.slice(0, LONGEST)}…` : marked;
  return (
    <>
      {from > 0 ? '…' : ''}
      {draft.slice(from, finding.start)}
      <mark>{shown}</mark>
      {draft.slice(finding.end, to)}
      {to < draft.length ? '…' : ''}
    </>
  );
}

/** Each context entry once (its first place in the draft); each copied passage on its own. */
function distinct(check: DraftCheck): DraftFinding[] {
  const seen = new Set<string>();
  return check.findings.filter((f) => {
    const key = f.kind === 'COPIED' ? `${f.source}@${f.start}` : f.source;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The draft check before Insert: the details of the user's context that the draft repeats though the
 * instruction did not mention them (a cloud outline or a pre-filled instruction can steer the local
 * model into that), with the choice to remove them or insert anyway.
 */
export function DraftCheckNotice({ check, onRemove, onInsertAnyway, onOpenEntry }: Props) {
  if (!check)
    return (
      <p class="muted" role="status" data-testid="draft-checking">
        Checking the draft for private details…
      </p>
    );
  if (check.failed)
    return (
      <section class="error" role="alert" data-testid="draft-check" aria-label="Draft check">
        <p>The draft could not be checked for private details. Read it before you insert it.</p>
        <button type="button" class="secondary" data-testid="insert-anyway" onClick={onInsertAnyway}>
          Insert anyway
        </button>
      </section>
    );
  if (check.findings.length === 0)
    return (
      <p class="ok" data-testid="draft-check-ok">
        Checked: the draft repeats nothing from your context that you did not mention.
      </p>
    );
  const n = check.details;
  return (
    <section class="error" role="alert" data-testid="draft-check" aria-label="Draft check">
      <p>
        This draft contains {n} private {n === 1 ? 'detail' : 'details'} you did not mention. Remove them, or
        insert it anyway if you meant to share them.
      </p>
      <ul data-testid="draft-findings">
        {distinct(check).map((finding) => (
          <li key={`${finding.start}-${finding.end}`}>
            <Excerpt draft={check.draft} finding={finding} />{' '}
            <ReasonLink
              source={finding.source}
              prefix={finding.kind === 'COPIED' ? 'copied from ' : ''}
              onOpen={onOpenEntry}
            />
          </li>
        ))}
      </ul>
      <button type="button" data-testid="draft-remove" onClick={onRemove}>
        Remove them
      </button>{' '}
      <button type="button" class="secondary" data-testid="insert-anyway" onClick={onInsertAnyway}>
        Insert anyway
      </button>
    </section>
  );
}
