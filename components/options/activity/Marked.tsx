import { splitPlaceholders } from '../../../lib/audit/view';

/** Text with its placeholders ("[PERSON_1]") marked: they stand for what stayed on the device. */
export function Marked({ text }: { text: string }) {
  return (
    <>
      {splitPlaceholders(text).map((part, i) =>
        part.placeholder ? (
          <mark key={i} class="placeholder">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
