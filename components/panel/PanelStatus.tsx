import { DISARM_TEXT, type DisarmReason } from '../../lib/panel/visibility';

/** One-line statuses above the buttons: an empty draft, the last notice, why Send and Insert wait. */
export function PanelStatus(props: {
  emptyDraft: boolean;
  notice: string | undefined;
  /** Why Send and Insert are not armed yet (absent: armed, or no such button on screen). */
  disarmed: DisarmReason | undefined;
  refused: string | undefined;
}) {
  return (
    <>
      {props.emptyDraft ? (
        <p class="notice" role="status" data-testid="empty-draft">
          The draft is empty, so there is nothing to insert. Press Regenerate, or close the panel.
        </p>
      ) : null}
      {props.notice ? (
        <p class="notice" role="status" data-testid="notice">
          {props.notice}
        </p>
      ) : null}
      {props.disarmed ? (
        <p class="muted" role="status" data-testid="arming" data-reason={props.disarmed}>
          {DISARM_TEXT[props.disarmed]}
        </p>
      ) : null}
      {props.refused ? (
        <p class="notice" role="status" data-testid="refused">
          {props.refused}
        </p>
      ) : null}
    </>
  );
}
