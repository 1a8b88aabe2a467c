import { useState } from 'preact/hooks';
import { anchorId } from '../../../lib/context/anchors';
import {
  addProfileField,
  removeProfileField,
  renameProfileField,
  setProfileField,
} from '../../../lib/context/edit';
import type { Apply } from './useStoredContext';
import { ErrorLine } from './ErrorLine';
import { useDraft } from './useDraft';

/** One field: name and value edit in place and save when the box is left; a failure keeps the text. */
function ProfileRow({ name, value, apply }: { name: string; value: string; apply: Apply }) {
  const [key, setKey] = useDraft(name);
  const [text, setText] = useDraft(value);
  const [error, setError] = useState<string>();
  const id = anchorId({ kind: 'profile', key: name });
  const commit = async () => {
    const failed = await apply((c) => setProfileField(renameProfileField(c, name, key), key, text));
    setError(failed);
  };
  return (
    <li id={`context/${id}`} class="entry" data-testid={id}>
      <input
        aria-label="Field name"
        class="key"
        value={key}
        onInput={(e) => setKey(e.currentTarget.value)}
        onChange={() => void commit()}
      />
      <input
        aria-label={`Value of ${name}`}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={() => void commit()}
      />
      <button type="button" class="secondary" onClick={() => void apply((c) => removeProfileField(c, name))}>
        Remove
      </button>
      <ErrorLine text={error} />
    </li>
  );
}

export function ProfileList({ profile, apply }: { profile: Record<string, string>; apply: Apply }) {
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = async (event: Event) => {
    event.preventDefault();
    const failed = await apply((c) => addProfileField(c, key, text));
    setError(failed);
    if (!failed) {
      setKey('');
      setText('');
    }
  };
  return (
    <section aria-labelledby="profile-h" class="card">
      <h3 id="profile-h">Profile</h3>
      <p class="muted">
        Short facts about you: name, employer, city, phone. Matched and withheld from the cloud.
      </p>
      <ul class="entries" data-testid="profile-list">
        {Object.entries(profile).map(([name, value], i) => (
          // Keyed by position: a rename or a save keeps the row (and the focus) in place.
          <ProfileRow key={i} name={name} value={value} apply={apply} />
        ))}
      </ul>
      <form class="add" onSubmit={(e) => void add(e)}>
        <input
          class="key"
          aria-label="New field name"
          placeholder="Field, e.g. employer"
          value={key}
          onInput={(e) => setKey(e.currentTarget.value)}
          data-testid="profile-new-key"
        />
        <input
          aria-label="New field value"
          placeholder="Value"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="profile-new-value"
        />
        <button type="submit">Add field</button>
        <ErrorLine text={error} />
      </form>
    </section>
  );
}
