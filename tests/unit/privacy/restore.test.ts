import { EMPTY_POLICY, preparePrivacy, redact, restore, RestoreStream } from '../../../lib/privacy';
import { contextOf } from './helpers';

const prepared = preparePrivacy(contextOf({ name: 'Martin Reynolds', phone: '+1 704 555 0134' }));
const vault = { '[PERSON_1]': 'Martin', '[PHONE_1]': '+1 704 555 0134' };

describe('restore', () => {
  it.each([
    ['Dear Martin, call +1 704 555 0134 or martin.', true],
    ['Martin Reynolds met Anja Kowalczyk at Brightwell Analytics; Martin paid.', true],
    ['nothing private here [not a placeholder]', false],
  ])('redact then restore gives back %j', (text, hasPrivate) => {
    const result = redact(text, prepared, EMPTY_POLICY);
    // A round trip proves nothing if redaction did nothing.
    if (hasPrivate) expect(result.outbound).not.toBe(text);
    expect(restore(result.outbound, result.vault)).toBe(text);
  });

  it('gives the same value the same placeholder within a job', () => {
    const first = redact('Martin wrote', prepared, EMPTY_POLICY);
    const second = redact('Thanks, Martin and MARTIN', prepared, EMPTY_POLICY, first.vault);
    expect(second.outbound).toBe('Thanks, [PERSON_1] and [PERSON_1]');
  });

  it('tolerates case changes of placeholders', () => {
    expect(restore('Hi [person_1], [Phone_1]', vault)).toBe('Hi Martin, +1 704 555 0134');
  });

  it('leaves unknown placeholders alone', () => {
    expect(restore('[PERSON_9]', vault)).toBe('[PERSON_9]');
  });
});

describe('RestoreStream', () => {
  const text = 'Hello [PERSON_1], please call [phone_1]. [PERSON_1]!';
  const expected = 'Hello Martin, please call +1 704 555 0134. Martin!';

  it.each([1, 2, 3, 5, 7, 100])('restores with chunks of %i characters, never half a placeholder', (size) => {
    const stream = new RestoreStream(vault);
    let shown = '';
    for (let i = 0; i < text.length; i += size) {
      shown += stream.push(text.slice(i, i + size));
      expect(shown).not.toMatch(/\[[A-Za-z]*_?\d*$/);
    }
    shown += stream.end();
    expect(shown).toBe(expected);
  });

  it('lets a bracket that is not a placeholder through at the end', () => {
    const stream = new RestoreStream(vault);
    expect(stream.push('see [PERS') + stream.end()).toBe('see [PERS');
  });
});
