import { useState } from 'preact/hooks';
import { diffContexts, isEmptyContext, mergeContexts } from '../../../lib/context/merge';
import { assertContextSize, parseContextJson } from '../../../lib/context/parse';
import { contextSummary, diffLines } from '../../../lib/context/summary';
import { EMPTY_CONTEXT, type ContextData } from '../../../lib/context/types';
import { toAppError } from '../../../lib/errors';
import { downloadJson } from '../../../lib/ui/download';
import type { Apply } from './useStoredContext';

type Status = { ok: boolean; text: string } | undefined;

/** Import (asks merge or replace when there is something to lose), export, delete everything. */
export function ContextFile({ context, apply }: { context: ContextData; apply: Apply }) {
  const [pending, setPending] = useState<ContextData>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState<Status>();

  const finish = async (next: (c: ContextData) => ContextData, verb: string) => {
    let result: ContextData | undefined;
    const failed = await apply((c) => (result = next(c)));
    setPending(undefined);
    setStatus(
      failed
        ? { ok: false, text: failed }
        : { ok: true, text: `${verb} ${result ? contextSummary(result) : ''}.` },
    );
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      // A huge file is refused before it is read into memory.
      assertContextSize(file.size);
      const incoming = parseContextJson(await file.text());
      // Nothing to merge with: importing is the only sensible outcome, so do not ask.
      if (isEmptyContext(context)) await finish(() => incoming, 'Imported');
      else {
        setStatus(undefined);
        setPending(incoming);
      }
    } catch (error) {
      setStatus({ ok: false, text: toAppError(error).userText });
    } finally {
      input.value = '';
    }
  };

  const lines = pending ? diffLines(diffContexts(context, pending)) : undefined;
  return (
    <section aria-labelledby="file-h" class="card">
      <h3 id="file-h">Import, export, delete</h3>
      <div class="row">
        <label class="file">
          Import a context file (JSON){' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="context-file"
            onChange={(e) => void onFile(e)}
          />
        </label>
        <button
          type="button"
          class="secondary"
          onClick={() => downloadJson('cogenesis-context.json', context)}
        >
          Export
        </button>
        <button
          type="button"
          class="secondary danger"
          data-testid="context-delete-all"
          onClick={() => setConfirmDelete(true)}
        >
          Delete everything…
        </button>
      </div>
      {pending && lines ? (
        <div class="confirm" role="group" aria-label="What the import changes" data-testid="import-diff">
          <p>
            <strong>Merge</strong> keeps what you have and {lines.merge.join('; ')}.
          </p>
          <p>
            <strong>Replace</strong> uses only the file ({contextSummary(pending)})
            {lines.replaceRemoves.length ? `, removing ${lines.replaceRemoves.join(', ')}` : ''}.
          </p>
          <div class="row">
            <button
              type="button"
              data-testid="import-merge"
              onClick={() => void finish((c) => mergeContexts(c, pending), 'Merged: now')}
            >
              Merge
            </button>
            <button
              type="button"
              class="secondary"
              data-testid="import-replace"
              onClick={() => void finish(() => pending, 'Replaced: now')}
            >
              Replace
            </button>
            <button type="button" class="link" onClick={() => setPending(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {confirmDelete ? (
        <div class="confirm" role="alertdialog" aria-label="Delete everything">
          <p>
            Delete your whole context ({contextSummary(context)}) from this device? This cannot be undone;
            export first to keep a copy.
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              data-testid="context-delete-confirm"
              onClick={() => {
                setConfirmDelete(false);
                void finish(() => EMPTY_CONTEXT, 'Deleted: now');
              }}
            >
              Delete everything
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      {status ? (
        <p class={status.ok ? 'ok' : 'error'} role="status" data-testid="context-status">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
