import { useEffect, useState } from 'preact/hooks';
import { assertContextSize, parseContextJson } from '../../lib/context/parse';
import { loadContext, saveContext } from '../../lib/context/store';
import type { ContextData } from '../../lib/context/types';
import { toAppError } from '../../lib/errors';
import { downloadJson } from '../../lib/ui/download';

function summary(context: ContextData): string {
  const fields = Object.keys(context.profile).length;
  return `${fields} profile field${fields === 1 ? '' : 's'}, ${context.facts.length} fact${context.facts.length === 1 ? '' : 's'}, ${context.samples.length} writing sample${context.samples.length === 1 ? '' : 's'}`;
}

/** Import replaces the whole context only when the file is valid; otherwise it says why and changes nothing. */
export function ContextImport() {
  const [current, setCurrent] = useState<ContextData>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  useEffect(() => {
    loadContext().then(setCurrent, (e: unknown) => setStatus({ ok: false, text: toAppError(e).userText }));
  }, []);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      // Checked before reading: a huge file is refused without loading it into memory.
      assertContextSize(file.size);
      const context = parseContextJson(await file.text());
      await saveContext(context);
      setCurrent(context);
      setStatus({ ok: true, text: `Imported ${summary(context)}.` });
    } catch (error) {
      setStatus({ ok: false, text: toAppError(error).userText });
    } finally {
      input.value = '';
    }
  };

  const exportFile = () => {
    if (current) downloadJson('cogenesis-context.json', current);
  };

  return (
    <section aria-label="Your private context">
      <h2>Your private context</h2>
      <p class="muted">Stays on this device. The local model reads it; the cloud model never sees it.</p>
      <p data-testid="context-summary">{current ? summary(current) : 'Loading…'}</p>
      <label>
        Import a context file (JSON, CoGenesis export format){' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="context-file"
          onChange={(e) => void onFile(e)}
        />
      </label>{' '}
      <button type="button" class="secondary" onClick={exportFile}>
        Export
      </button>
      {status ? (
        <p class={status.ok ? 'ok' : 'error'} role="status" data-testid="context-status">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
