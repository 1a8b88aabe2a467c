import { useEffect, useState } from 'preact/hooks';

/**
 * The text in a box: the user's while they type (and after a refused save), the stored one again
 * whenever the stored value changes (a save, a delete above, an import). Rows keep their DOM node,
 * so focus stays where the user put it.
 */
export function useDraft(stored: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  return [draft, setDraft];
}
