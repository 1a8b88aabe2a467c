import { deserializeError, setupSection, type SerializedError } from '../lib/errors';
import { SECTIONS, type SectionId } from '../lib/options/sections';

/**
 * One sentence that says what happened and what to do next; when setup fixes it, a button that opens
 * the options section where the user does that (`onSetup` absent: no button, e.g. before a session).
 */
export function ErrorNotice({
  error,
  onSetup,
}: {
  error: SerializedError;
  onSetup?: (section: SectionId) => void;
}) {
  const section = onSetup ? setupSection(error.code) : undefined;
  const title = SECTIONS.find((s) => s.id === section)?.title;
  return (
    <div class="error-notice">
      <p class="error" role="alert" data-testid="error" data-code={error.code}>
        {deserializeError(error).userText}
      </p>
      {section && onSetup ? (
        <button
          type="button"
          class="secondary"
          data-testid="open-setup"
          data-section={section}
          onClick={() => onSetup(section)}
        >
          Open {title} in options
        </button>
      ) : null}
    </div>
  );
}
