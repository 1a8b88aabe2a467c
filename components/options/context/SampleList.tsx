import { useState } from 'preact/hooks';
import { anchorId } from '../../../lib/context/anchors';
import { addSample, removeSample, updateSample } from '../../../lib/context/edit';
import type { ContextSample } from '../../../lib/context/types';
import { ErrorLine } from './ErrorLine';
import { useDraft } from './useDraft';
import type { Apply } from './useStoredContext';

function SampleRow({ sample, index, apply }: { sample: ContextSample; index: number; apply: Apply }) {
  const [title, setTitle] = useDraft(sample.title ?? '');
  const [text, setText] = useDraft(sample.text);
  const [error, setError] = useState<string>();
  const id = anchorId({ kind: 'sample', index });
  const commit = async () => setError(await apply((c) => updateSample(c, index, title, text)));
  return (
    <li id={`context/${id}`} class="entry sample" data-testid={id}>
      <input
        aria-label={`Title of sample ${index + 1}`}
        placeholder="Title"
        value={title}
        onInput={(e) => setTitle(e.currentTarget.value)}
        onChange={() => void commit()}
      />
      <textarea
        aria-label={`Writing sample ${index + 1}`}
        rows={4}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={() => void commit()}
      />
      <button type="button" class="secondary" onClick={() => void apply((c) => removeSample(c, index))}>
        Delete
      </button>
      <ErrorLine text={error} />
    </li>
  );
}

export function SampleList({ samples, apply }: { samples: ContextSample[]; apply: Apply }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = async (event: Event) => {
    event.preventDefault();
    const failed = await apply((c) => addSample(c, title, text));
    setError(failed);
    if (!failed) {
      setTitle('');
      setText('');
    }
  };
  return (
    <section aria-labelledby="samples-h" class="card">
      <h3 id="samples-h">Writing samples</h3>
      <p class="muted">
        Things you wrote, so drafts sound like you. Used on this device only, never sent to the cloud.
      </p>
      <ul class="entries" data-testid="sample-list">
        {samples.map((sample, i) => (
          <SampleRow key={i} sample={sample} index={i} apply={apply} />
        ))}
      </ul>
      <form class="add" onSubmit={(e) => void add(e)}>
        <input
          aria-label="Title of the new sample"
          placeholder="Title, e.g. Note to my team"
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        <textarea
          aria-label="New writing sample"
          rows={4}
          placeholder="Paste something you wrote"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Add sample</button>
        <ErrorLine text={error} />
      </form>
    </section>
  );
}
