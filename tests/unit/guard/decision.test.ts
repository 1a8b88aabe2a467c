import { describe, expect, it } from 'vitest';
import { decideSubmit, isSendKey, isUnnamed, looksLikeSend } from '../../../lib/guard/decision';
import type { GuardVerdict } from '../../../lib/guard/types';

const LIMIT = 100;

describe('decideSubmit', () => {
  it.each<[string | undefined, GuardVerdict | undefined, string]>([
    ['hello', 'clean', 'pass'],
    ['', undefined, 'pass'],
    ['   \n ', undefined, 'pass'],
    ['hello', undefined, 'wait'],
    ['hello', 'held', 'hold:found'],
    ['hello', 'failed', 'hold:failed'],
    [undefined, undefined, 'hold:unreadable'],
    [undefined, 'clean', 'hold:unreadable'],
    ['x'.repeat(LIMIT + 1), 'clean', 'hold:too-long'],
    ['x'.repeat(LIMIT), 'clean', 'pass'],
  ])('text %j with verdict %j: %s', (text, verdict, expected) => {
    const decision = decideSubmit({ text, verdict, limit: LIMIT });
    expect(decision.kind === 'hold' ? `hold:${decision.reason}` : decision.kind).toBe(expected);
  });
});

describe('isSendKey', () => {
  const key = (over: Partial<KeyboardEvent>) => ({
    key: 'Enter',
    shiftKey: false,
    altKey: false,
    isComposing: false,
    ...over,
  });
  it.each([
    [key({}), true],
    [key({ shiftKey: true }), false],
    [key({ altKey: true }), false],
    [key({ isComposing: true }), false],
    [key({ key: 'a' }), false],
  ])('%j → %s', (event, expected) => {
    expect(isSendKey(event)).toBe(expected);
  });
});

describe('looksLikeSend', () => {
  it.each([
    [{ type: 'submit' }, true],
    [{ label: 'Send message' }, true],
    [{ testId: 'send-button' }, true],
    [{ label: 'Send prompt' }, true],
    [{ text: 'Send' }, true],
    [{ title: 'Submit' }, true],
    [{ type: 'button', label: 'Attach file' }, false],
    [{ text: 'Sending tips for your resume and how to send them well' }, false],
    [{ label: 'Sender settings' }, false],
    [{}, false],
  ])('%j → %s', (attributes, expected) => {
    expect(looksLikeSend(attributes)).toBe(expected);
  });
});

describe('isUnnamed', () => {
  it.each([
    [{}, true],
    [{ text: '' }, true],
    [{ text: '  ↑ ' }, true],
    [{ text: '➤' }, true],
    [{ type: 'button', text: '\u00a0' }, true],
    [{ label: '', title: ' ', text: '→' }, true],
    [{ label: 'Attach file' }, false],
    [{ testId: 'composer-speech-button' }, false],
    [{ title: 'Voice' }, false],
    [{ text: 'Go' }, false],
    [{ text: '2' }, false],
    [{ text: 'Отправить' }, false],
  ])('%j → %s', (attributes, expected) => {
    expect(isUnnamed(attributes)).toBe(expected);
  });
});
