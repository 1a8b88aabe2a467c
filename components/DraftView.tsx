import { splitUnfilled } from '../lib/panel/unfilled';

interface Props {
  stage: string | undefined;
  sketch: string;
  draft: string;
  streaming: boolean;
}

/** Beyond this many characters a text is shown cut (a runaway reply must not freeze the panel). */
export const SHOWN_CHARS = 20_000;

function shown(text: string): { text: string; cut: number } {
  return text.length > SHOWN_CHARS
    ? { text: text.slice(0, SHOWN_CHARS), cut: text.length }
    : { text, cut: 0 };
}

/** The outline from the cloud (placeholders restored, on-device only) and the streaming draft. */
export function DraftView({ stage, sketch, draft, streaming }: Props) {
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
      <h2>Draft</h2>
      <div class="draft" data-testid="draft" aria-live={streaming ? 'off' : 'polite'}>
        {body.text
          ? splitUnfilled(body.text).map((part, i) =>
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
            )
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
