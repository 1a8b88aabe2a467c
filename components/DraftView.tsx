import { Component } from 'preact';
import { splitUnfilled } from '../lib/panel/unfilled';

interface Props {
  stage: string | undefined;
  sketch: string;
  draft: string;
  streaming: boolean;
  /** Offered on a finished draft: switches to the editable text (components/panel/DraftEditor.tsx). */
  onEdit?: () => void;
}

/** Beyond this many characters a text is shown cut (a runaway reply must not freeze the panel). */
export const SHOWN_CHARS = 20_000;

function shown(text: string): { text: string; cut: number } {
  return text.length > SHOWN_CHARS
    ? { text: text.slice(0, SHOWN_CHARS), cut: text.length }
    : { text, cut: 0 };
}

/** About how many characters a settled part of a long draft holds (it ends at a line break). */
export const PART_CHARS = 1_000;

/**
 * A long draft cut at line breaks into parts of at least PART_CHARS (the break itself is the boundary
 * between two blocks, so it looks and reads the same). While it streams only the last part changes, so
 * the browser lays out that part alone per frame instead of the whole text. A part's end, once a line
 * break follows it, never moves.
 */
export function draftParts(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (let cut = text.indexOf('\n', PART_CHARS); cut !== -1; cut = text.indexOf('\n', at + PART_CHARS)) {
    parts.push(text.slice(at, cut));
    at = cut + 1;
  }
  parts.push(text.slice(at));
  return parts;
}

function marked(text: string) {
  return splitUnfilled(text).map((part, i) =>
    part.unfilled ? (
      <mark
        key={i}
        class="unfilled"
        data-testid="unfilled"
        title="CoGenesis did not send this placeholder and cannot fill it in"
      >
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** One settled part: rendered again only when its text changes (the last part, while streaming). */
class DraftPart extends Component<{ text: string }> {
  override shouldComponentUpdate(next: { text: string }): boolean {
    return next.text !== this.props.text;
  }
  override render() {
    return <div class="draft-part">{marked(this.props.text)}</div>;
  }
}

/** The outline from the cloud (placeholders restored, on-device only) and the streaming draft. */
export function DraftView({ stage, sketch, draft, streaming, onEdit }: Props) {
  const outline = shown(sketch);
  const body = shown(draft);
  return (
    <section aria-label="Draft" aria-busy={streaming}>
      {stage && streaming ? (
        <p class="stage" role="status" data-testid="stage">
          {stage}…
        </p>
      ) : null}
      {sketch ? (
        <details>
          <summary>
            Outline
            {outline.cut
              ? ` (first ${SHOWN_CHARS.toLocaleString('en')} of ${outline.cut.toLocaleString('en')} characters)`
              : ''}
          </summary>
          <pre class="sketch" data-testid="sketch">
            {outline.text}
          </pre>
        </details>
      ) : null}
      <div class="draft-head">
        <h2>Draft</h2>
        {onEdit && !streaming && draft ? (
          <button type="button" class="link" data-testid="draft-edit" onClick={onEdit}>
            Edit
          </button>
        ) : null}
      </div>
      <div class="draft" data-testid="draft" aria-live={streaming ? 'off' : 'polite'}>
        {body.text
          ? body.text.length > PART_CHARS
            ? draftParts(body.text).map((part, i) => <DraftPart key={i} text={part} />)
            : marked(body.text)
          : streaming
            ? ''
            : '—'}
      </div>
      {body.cut ? (
        <p class="muted" data-testid="draft-cut">
          Showing the first {SHOWN_CHARS.toLocaleString('en')} of {body.cut.toLocaleString('en')} characters;
          Insert and Copy use all of it.
        </p>
      ) : null}
    </section>
  );
}
