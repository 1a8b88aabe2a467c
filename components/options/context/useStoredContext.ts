import { useEffect, useRef, useState } from 'preact/hooks';
import { loadContext, saveContext } from '../../../lib/context/store';
import type { ContextData } from '../../../lib/context/types';
import { toAppError } from '../../../lib/errors';

export type Edit = (context: ContextData) => ContextData;
/** Applies an edit and saves it at once; resolves to the sentence saying why it failed, if it did. */
export type Apply = (edit: Edit) => Promise<string | undefined>;

export interface StoredContext {
  context: ContextData | undefined;
  apply: Apply;
  /** The last save's outcome, for the editor's status line. */
  status: { ok: boolean; text: string } | undefined;
}

/** The stored context and the one way the editor changes it: edit, validate, save, then show. */
export function useStoredContext(): StoredContext {
  const [context, setContext] = useState<ContextData>();
  const [status, setStatus] = useState<StoredContext['status']>();
  // Edits chain on the latest saved value, so two quick edits never overwrite each other.
  const latest = useRef<Promise<ContextData | undefined>>(Promise.resolve(undefined));

  useEffect(() => {
    const loading = loadContext();
    latest.current = loading;
    loading.then(setContext, (e: unknown) => setStatus({ ok: false, text: toAppError(e).userText }));
  }, []);

  const apply: Apply = async (edit) => {
    let failure: string | undefined;
    latest.current = latest.current.then(async (current) => {
      if (!current) return current;
      try {
        const next = edit(current);
        await saveContext(next);
        setContext(next);
        setStatus({ ok: true, text: 'Saved.' });
        return next;
      } catch (error) {
        failure = toAppError(error).userText;
        return current;
      }
    });
    await latest.current;
    return failure;
  };

  return { context, apply, status };
}
