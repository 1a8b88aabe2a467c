import { useState } from 'preact/hooks';
import { anchorId } from '../../../lib/context/anchors';
import { addFact, parseTags, removeFact, searchFacts, updateFact } from '../../../lib/context/edit';
import type { ContextFact } from '../../../lib/context/types';
import { ErrorLine } from './ErrorLine';
import { useDraft } from './useDraft';
import type { Apply } from './useStoredContext';

function FactRow({ fact, index, apply }: { fact: ContextFact; index: number; apply: Apply }) {
  const [text, setText] = useDraft(fact.text);
  const [tags, setTags] = useDraft((fact.tags ?? []).join(', '));
  const [error, setError] = useState<string>();
  const id = anchorId({ kind: 'fact', index });
  const commit = async () => setError(await apply((c) => updateFact(c, index, text, parseTags(tags))));
  return (
    <li id={`context/${id}`} class="entry fact" data-testid={id}>
      <span class="num" aria-hidden="true">
        {index + 1}
      </span>
      <textarea
        aria-label={`Fact ${index + 1}`}
        rows={2}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={() => void commit()}
      />
      <input
        aria-label={`Tags of fact ${index + 1}`}
        class="tags"
        placeholder="tags, comma separated"
        value={tags}
        onInput={(e) => setTags(e.currentTarget.value)}
        onChange={() => void commit()}
      />
      <button type="button" class="secondary" onClick={() => void apply((c) => removeFact(c, index))}>
        Delete
      </button>
      <ErrorLine text={error} />
    </li>
  );
}

export function FactList({ facts, apply }: { facts: ContextFact[]; apply: Apply }) {
  const [query, setQuery] = useState('');
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string>();
  const shown = query.trim() ? searchFacts(facts, query) : facts.map((_, i) => i);
  const add = async (event: Event) => {
    event.preventDefault();
    const failed = await apply((c) => addFact(c, text, parseTags(tags)));
    setError(failed);
    if (!failed) {
      setText('');
      setTags('');
    }
  };
  return (
    <section aria-labelledby="facts-h" class="card">
      <h3 id="facts-h">Facts</h3>
      <p class="muted">Private notes the local model may use. Numbered as the panel cites them (“fact 3”).</p>
      {facts.length > 3 ? (
        <input
          type="search"
          aria-label="Search facts"
          placeholder="Search facts and tags"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          data-testid="fact-search"
        />
      ) : null}
      <ul class="entries" data-testid="fact-list">
        {shown.map((i) => {
          const fact = facts[i];
          // Keyed by position: a save keeps the row (and the focus) in place.
          return fact ? <FactRow key={i} fact={fact} index={i} apply={apply} /> : null;
        })}
      </ul>
      {query.trim() && shown.length === 0 ? <p class="muted">No fact matches “{query}”.</p> : null}
      <form class="add" onSubmit={(e) => void add(e)}>
        <textarea
          aria-label="New fact"
          rows={2}
          placeholder="e.g. Recovering from knee surgery in March"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="fact-new-text"
        />
        <input
          aria-label="Tags of the new fact"
          class="tags"
          placeholder="tags, comma separated"
          value={tags}
          onInput={(e) => setTags(e.currentTarget.value)}
          data-testid="fact-new-tags"
        />
        <button type="submit" data-testid="fact-add">
          Add fact
        </button>
        <ErrorLine text={error} />
      </form>
    </section>
  );
}
