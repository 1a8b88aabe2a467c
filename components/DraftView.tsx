interface Props {
  stage: string | undefined;
  sketch: string;
  draft: string;
  streaming: boolean;
}

/** The outline from the cloud (placeholders restored, on-device only) and the streaming draft. */
export function DraftView({ stage, sketch, draft, streaming }: Props) {
  return (
    <section aria-label="Draft" aria-busy={streaming}>
      {stage && streaming ? (
        <p class="stage" role="status" data-testid="stage">
          {stage}…
        </p>
      ) : null}
      {sketch ? (
        <details>
          <summary>Outline</summary>
          <pre class="sketch" data-testid="sketch">
            {sketch}
          </pre>
        </details>
      ) : null}
      <h2>Draft</h2>
      <div class="draft" data-testid="draft" aria-live="polite">
        {draft || (streaming ? '' : '—')}
      </div>
    </section>
  );
}
