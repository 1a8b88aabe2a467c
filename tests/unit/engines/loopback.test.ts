import { assertLoopback, isLoopbackUrl } from '../../../lib/engines/loopback';
import { AppError } from '../../../lib/errors';

const ACCEPTED = [
  'http://localhost:11434/v1',
  'http://LOCALHOST/v1',
  'https://localhost',
  'http://127.0.0.1:8080/v1',
  'http://127.1.2.3/',
  'http://[::1]:11434/v1',
  'http://sub.localhost:1234/v1',
];

const REJECTED = [
  'http://10.0.0.5:11434/v1',
  'http://192.168.1.20/v1',
  'http://172.16.0.1/v1',
  'https://example.com/v1',
  'http://127.0.0.1.evil.com/v1',
  'http://localhost.evil.com/v1',
  'http://localhost@evil.com/v1',
  'http://0.0.0.0:11434',
  'file:///etc/passwd',
  'ftp://localhost/',
  'ws://localhost:11434',
  'localhost:11434',
  'not a url',
  '',
];

describe('isLoopbackUrl', () => {
  it.each(ACCEPTED)('accepts %s', (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
    expect(() => assertLoopback(url)).not.toThrow();
  });

  it.each(REJECTED)('rejects %j', (url) => {
    expect(isLoopbackUrl(url)).toBe(false);
  });
});

describe('assertLoopback', () => {
  it.each(REJECTED)('throws local-not-loopback naming %j', (url) => {
    let caught: unknown;
    try {
      assertLoopback(url);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'local-not-loopback' });
    expect((caught as AppError).detail).toContain(url);
  });
});
