import { describe, expect, it } from 'vitest';
import { AppError, deserializeError } from '../../../lib/errors';
import type { Reply } from '../../../lib/messaging/envelope';
import type { ContentProtocol } from '../../../lib/messaging/protocol';
import { envelopeOf, isCall, replyWith, wireError } from '../../../lib/messaging/reply';

function answered<T>(work: Promise<T>): Promise<Reply<T>> {
  return new Promise((resolve) => replyWith(resolve, work));
}

describe('the loader’s reply helper', () => {
  it('recognises a call by protocol method only', () => {
    const trigger = envelopeOf<ContentProtocol, 'content:trigger'>('content:trigger', {});
    expect(isCall<ContentProtocol>(trigger, 'content:trigger')).toBe(true);
    expect(isCall<ContentProtocol>(trigger, 'content:site-changed')).toBe(false);
    expect(isCall<ContentProtocol>({ method: 'content:trigger', params: {} }, 'content:trigger')).toBe(false);
    expect(isCall<ContentProtocol>(null, 'content:trigger')).toBe(false);
    expect(isCall<ContentProtocol>('content:trigger', 'content:trigger')).toBe(false);
  });

  it('answers the value of work that succeeds', async () => {
    expect(await answered(Promise.resolve(7))).toEqual({ ok: true, value: 7 });
  });

  it('keeps an AppError’s code and detail, so the background rebuilds the same error', async () => {
    const reply = await answered(Promise.reject(new AppError('insert-failed', 'no field')));
    expect(reply).toEqual({ ok: false, error: { code: 'insert-failed', detail: 'no field' } });
    const rebuilt = deserializeError(reply.ok ? undefined : reply.error);
    expect(rebuilt.code).toBe('insert-failed');
    expect(rebuilt.detail).toBe('no field');
  });

  it('keeps the code of an AppError-shaped error from another bundle’s copy of the class', () => {
    const foreign = { toJSON: () => ({ code: 'forbidden' }) };
    expect(wireError(foreign)).toEqual({ code: 'forbidden' });
  });

  it('sends anything else as internal, never its message', () => {
    expect(wireError(new Error('secret text'))).toEqual({ code: 'internal' });
    expect(wireError('secret text')).toEqual({ code: 'internal' });
    expect(wireError(new Date(0))).toEqual({ code: 'internal' });
    expect(wireError(null)).toEqual({ code: 'internal' });
  });

  it('an unknown code from the wire becomes internal on the receiving side', () => {
    expect(deserializeError(wireError({ toJSON: () => ({ code: 'made-up' }) })).code).toBe('internal');
  });
});
