import { EMPTY_POLICY, guardPayload, preparePrivacy, redact } from '../../../lib/privacy';
import type { Detector } from '../../../lib/privacy';
import { DETECTORS } from '../../../lib/privacy/detectors';
import { contextOf } from './helpers';

const prepared = preparePrivacy(
  contextOf({ name: 'Martin Reynolds' }, ['Works night shifts at Harrowgate Dental']),
);

describe('guardPayload', () => {
  it('blocks a known value and says which', () => {
    const result = guardPayload('ask reynolds about it', prepared, EMPTY_POLICY);
    expect(result).toEqual({
      ok: false,
      found: [{ kind: 'PERSON', source: 'profile: name', text: 'reynolds' }],
    });
  });

  it('blocks pattern PII even without a context', () => {
    expect(guardPayload('mail me at a.b@example.com', prepared, EMPTY_POLICY).ok).toBe(false);
  });

  it('passes the redacted outbound text', () => {
    const { outbound } = redact(
      'Martin works at Harrowgate Dental, mail a.b@example.com',
      prepared,
      EMPTY_POLICY,
    );
    expect(guardPayload(outbound, prepared, EMPTY_POLICY)).toEqual({ ok: true });
  });

  it('lets a released value through, and blocks a selected one', () => {
    const policy = { released: ['Martin'], extra: ['night shifts'] };
    expect(guardPayload('thank Martin', prepared, policy)).toEqual({ ok: true });
    expect(guardPayload('about my Night Shifts', prepared, policy).ok).toBe(false);
    expect(redact('thank Martin for the night shifts', prepared, policy).outbound).toBe(
      'thank Martin for the [PRIVATE_1]',
    );
  });

  it('does not block on a guess about names', () => {
    expect(guardPayload('Explain Excel formulas to Anja', prepared, EMPTY_POLICY)).toEqual({ ok: true });
  });

  it('fails closed when a detector throws', () => {
    const broken: Detector = {
      id: 'broken',
      role: 'pattern',
      detect: () => {
        throw new Error('boom');
      },
    };
    const result = guardPayload('nothing private', prepared, EMPTY_POLICY, [...DETECTORS, broken]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.found.map((f) => f.kind)).toEqual(['ERROR']);
  });
});
