/**
 * What the review must say before Send: an empty field (nothing to work on, and how to give it
 * something), and Logit mode falling back to Sketch because the last Test connection said so.
 */
export function ReviewNotices(props: {
  emptyField: boolean;
  logitFallback: boolean;
  followUp: string | undefined;
}) {
  return (
    <>
      {props.emptyField ? (
        <p class="notice" role="status" data-testid="empty-field">
          The field is empty, so there is nothing to write from. Close this panel, type what you want in the
          field (for example “thank Anna for the flowers, keep it short”), then open CoGenesis again.
        </p>
      ) : null}
      {props.logitFallback ? (
        <p class="notice" role="status" data-testid="logit-fallback">
          This draft will use Sketch: Logit mode needs a cloud endpoint that returns log-probabilities and
          continues a prefix, and the last Test connection of this endpoint did not find both (or none was
          run).
        </p>
      ) : null}
      {props.followUp ? (
        <p class="muted" data-testid="follow-up-note">
          Asked since the first draft: {props.followUp}
        </p>
      ) : null}
    </>
  );
}
