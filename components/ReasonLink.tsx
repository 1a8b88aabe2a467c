import { anchorForReason, anchorId } from '../lib/context/anchors';

/**
 * Why something was withheld or flagged ("fact 3", "profile: name"), linked to that entry in the
 * context editor when it names one. Only the entry's address travels (`fact-3`), never its value.
 */
export function ReasonLink({
  source,
  prefix = '',
  onOpen,
}: {
  source: string;
  prefix?: string;
  onOpen?: (entry: string) => void;
}) {
  const anchor = anchorForReason(source);
  if (!anchor || !onOpen)
    return (
      <span class="muted">
        ({prefix}
        {source})
      </span>
    );
  const entry = anchorId(anchor);
  return (
    <span class="muted">
      ({prefix}
      <a
        class="reason"
        href={`#context/${entry}`}
        data-testid="reason-link"
        data-entry={entry}
        title="Open this entry in Your context"
        onClick={(event) => {
          // Opened by the background in a tab of options; the panel itself never navigates.
          event.preventDefault();
          onOpen(entry);
        }}
      >
        {source}
      </a>
      )
    </span>
  );
}
