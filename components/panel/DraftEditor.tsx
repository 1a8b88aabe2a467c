import { useLayoutEffect, useRef } from 'preact/hooks';

/** The finished draft as an editable text: what the user leaves here is what Insert and Copy use. */
export function DraftEditor({
  draft,
  onEdit,
  onDone,
}: {
  draft: string;
  onEdit: (draft: string) => void;
  onDone: () => void;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  // The caret at the start, the text from its top: the user reads the draft before changing it.
  // A layout effect runs in the task that mounts the box; a plain effect waits for a frame, and keys
  // typed before it would land at the old caret, then the caret would jump under the user's hands.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(0, 0);
    el.scrollTop = 0;
  }, []);
  return (
    <section aria-label="Edit the draft">
      <h2>
        <label for="draft-editor">Draft (editing)</label>
      </h2>
      <textarea
        id="draft-editor"
        ref={box}
        class="draft-editor"
        data-testid="draft-editor"
        rows={8}
        value={draft}
        onInput={(e) => onEdit(e.currentTarget.value)}
      />
      <button type="button" class="secondary" data-testid="draft-edit-done" onClick={onDone}>
        Done editing
      </button>
    </section>
  );
}
