import fc from 'fast-check';
import { emailDetector } from '../../../lib/privacy/detectors/email';
import { ipAddressDetector } from '../../../lib/privacy/detectors/ip-address';
import { urlDetector } from '../../../lib/privacy/detectors/url';
import { EMPTY_POLICY, preparePrivacy } from '../../../lib/privacy';
import { EMPTY_CONTEXT } from '../../../lib/context/types';
import { isWellKnown } from '../../../lib/privacy/words';
import type { Finding } from '../../../lib/privacy/types';

/**
 * The detectors that try their pattern only where a match can start (anchored-matches.ts) must find
 * what matchAll over the whole text finds. The references below are the detectors as first written.
 */
const prepared = preparePrivacy(EMPTY_CONTEXT);

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d.]*\\d)`, 'g');
const IPV6 = /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
const isIpv6 = (s: string) => (s.match(/:/g)?.length ?? 0) >= 3 || (s.includes('::') && /[0-9a-f]/i.test(s));
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/gi;
const DOMAIN =
  /(?<![\w.-])(?<![\w.%+-]@)(?:[a-z0-9][a-z0-9-]*\.)*([a-z0-9][a-z0-9-]*)\.(?:com|org|net|io|co|ai|app|dev|info|biz|me|edu|gov|uk|us|ca|de|fr|in|au|es|it|nl|ch|se|jp|cn|ru|br|paris|shop|store|online|site)(?:\.[a-z]{2})?(?:\/[^\s<>"']*)?(?![\w-])/gi;

const spansOf = (matches: Iterable<RegExpMatchArray>, kind: Finding['kind'], source: string): Finding[] =>
  [...matches].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind, source }));

function referenceUrl(text: string): Finding[] {
  const spans = spansOf(text.matchAll(URL_RE), 'URL', 'pattern: URL');
  if (!/\.[a-z]/i.test(text)) return spans;
  for (const m of text.matchAll(DOMAIN)) {
    const bare = !m[0].includes('/');
    if (
      (bare && isWellKnown((m[1] ?? '').toLowerCase())) ||
      spans.some((s) => s.start <= m.index && m.index < s.end)
    )
      continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'URL', source: 'pattern: web address' });
  }
  return spans;
}

/** Texts of pieces drawn from `pieces`: few characters, so candidates, near misses and runs abound. */
const textOf = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

const check = (
  texts: fc.Arbitrary<string>,
  actual: (t: string) => Finding[],
  reference: (t: string) => Finding[],
) =>
  fc.assert(
    fc.property(texts, (text) => {
      expect(actual(text)).toEqual(reference(text));
    }),
    { numRuns: 2000, seed: 20261129 },
  );

describe('patterns tried only where a match can start', () => {
  it('e-mail: as matchAll over the whole text', () => {
    const pieces = [
      'a',
      'Zo',
      '9',
      '.',
      '-',
      '_',
      '+',
      '%',
      '@',
      '@',
      'co',
      '.uk',
      ' ',
      ',',
      'é',
      '𝒜',
      'jo@x.co',
      '@b.uk',
      'é@ü.de',
      '\ud800',
      '\udc00',
      '٣',
      '#',
    ];
    check(
      textOf(pieces),
      (t) => emailDetector.detect(t, prepared, EMPTY_POLICY),
      (t) => (t.includes('@') ? spansOf(t.matchAll(EMAIL), 'EMAIL', 'pattern: e-mail') : []),
    );
  });

  it('IP address: as matchAll over the whole text', () => {
    const pieces = [
      '0',
      '1',
      'a',
      'f',
      'g',
      '_',
      ':',
      ':',
      '::',
      ' ',
      '.',
      '10',
      '255',
      '1::2',
      'a:b:c:d',
      'fe80::1',
      '-',
      'x',
    ];
    check(
      textOf(pieces),
      (t) => ipAddressDetector.detect(t, prepared, EMPTY_POLICY),
      (t) =>
        spansOf(
          [...t.matchAll(IPV4), ...[...t.matchAll(IPV6)].filter((m) => isIpv6(m[0]))],
          'ID',
          'pattern: IP address',
        ),
    );
  });

  it('URL and domain: as matchAll over the whole text', () => {
    const pieces = [
      'a',
      'acme',
      'x-1',
      '_',
      '.',
      '.',
      '-',
      'com',
      'co',
      '.uk',
      'io',
      'company',
      '/',
      '/p?q=1',
      '@',
      ' ',
      'www.',
      'https://',
      'youtube',
      'news.lumen.com',
      'a.co.uk/x',
      '@acme.io',
      'a.com/(b',
      '%',
      '+',
      '(',
      '"',
    ];
    check(textOf(pieces), (t) => urlDetector.detect(t, prepared, EMPTY_POLICY), referenceUrl);
  });
});
