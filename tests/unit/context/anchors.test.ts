import {
  anchorForReason,
  anchorId,
  contextHash,
  parseAnchor,
  type ContextAnchor,
} from '../../../lib/context/anchors';

const CASES: [ContextAnchor, string][] = [
  [{ kind: 'fact', index: 2 }, 'fact-3'],
  [{ kind: 'sample', index: 0 }, 'sample-1'],
  [{ kind: 'profile', key: 'name' }, 'profile-name'],
  [{ kind: 'profile', key: 'home address' }, 'profile-home%20address'],
];

describe('context anchors', () => {
  it.each(CASES)('%j ⇄ %s', (anchor, id) => {
    expect(anchorId(anchor)).toBe(id);
    expect(parseAnchor(id)).toEqual(anchor);
  });

  it.each(['fact-0', 'fact-x', 'profile-', 'profile-%E0', 'note-1'])('%s names no entry', (id) => {
    expect(parseAnchor(id)).toBeUndefined();
  });

  it.each([
    ['fact 3', '#context/fact-3'],
    ['profile: name', '#context/profile-name'],
  ])('the panel reason %j links to %s', (reason, hash) => {
    const anchor = anchorForReason(reason);
    expect(anchor && contextHash(anchor)).toBe(hash);
  });

  it.each(['pattern: e-mail', 'your selection', 'fact 0'])('%j links nowhere', (reason) => {
    expect(anchorForReason(reason)).toBeUndefined();
  });
});
