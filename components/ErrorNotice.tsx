import { deserializeError, type SerializedError } from '../lib/errors';

/** One sentence that says what happened and what to do next. */
export function ErrorNotice({ error }: { error: SerializedError }) {
  return (
    <p class="error" role="alert" data-testid="error" data-code={error.code}>
      {deserializeError(error).userText}
    </p>
  );
}
