import { EMPTY_POLICY, guardPayload, preparePrivacy, redact } from '../../../lib/privacy';
import { detectSpans } from '../../../lib/privacy/detect';
import { maskPlaceholders } from '../../../lib/privacy/mask-placeholders';
import { originalRange, scanTextOf } from '../../../lib/privacy/evasion';
import { contextOf, EMPTY } from './helpers';

const prepared = preparePrivacy(
  contextOf(
    {
      name: 'Aisling Byrne',
      salary: '$84,500',
      phone: '+1 704 555 0134',
      email: 'aisling.byrne@example.org',
      plate: 'YK21 XRV',
    },
    ['Knee surgery on March 3 at St. Joseph Mercy'],
  ),
);

// The guard fuzz set: characters that render as nothing, or as another character.
const INVISIBLE = {
  'zero-width space': '\u200b',
  'zero-width non-joiner': '\u200c',
  'zero-width joiner': '\u200d',
  'word joiner': '\u2060',
  'soft hyphen': '\u00ad',
  'byte order mark': '\ufeff',
  'left-to-right mark': '\u200e',
  'right-to-left override': '\u202e',
  'variation selector': '\ufe0f',
  'grapheme joiner': '\u034f',
  'Mongolian vowel separator': '\u180e',
  'tag letter': '\u{e0041}',
  'combining acute': '\u0301',
};

/** Puts `ch` after every other character inside `value`, so each value is broken up several times. */
const sprinkle = (value: string, ch: string) =>
  [...value]
    .map((c, i, all) => (i % 2 === 1 && i < all.length - 1 && /[\p{L}\p{N}]/u.test(c) ? c + ch : c))
    .join('');

const VALUES = [
  'Aisling',
  'Byrne',
  'aisling.byrne@example.org',
  '704 555 0134',
  '$84,500',
  'March 3',
  'YK21 XRV',
];

const LOOKALIKE: [string, string, string][] = [
  ['Cyrillic А and і', 'tell Аіsling hi', 'Аіsling'],
  ['Cyrillic е, у and о in a surname', 'Dear Вуrnе,', 'Вуrnе'],
  ['Greek ο and ι in an address', 'mail aisling.byrne@exampΙe.οrg', 'aisling.byrne@exampΙe.οrg'],
  ['a whole word of Cyrillic look-alikes', 'my plate is УК21 ХRV', 'УК21 ХRV'],
  ['full-width letters', 'tell ＡＩＳＬＩＮＧ', 'ＡＩＳＬＩＮＧ'],
  ['full-width digits', 'call ７０４ ５５５ ０１３４', '７０４ ５５５ ０１３４'],
  ['Arabic-Indic digits', 'call ٧٠٤ ٥٥٥ ٠١٣٤', '٧٠٤ ٥٥٥ ٠١٣٤'],
  ['Devanagari digits', 'I earn $८४,५००', '$८४,५००'],
  ['mathematical bold digits', 'I earn $𝟖𝟒,𝟓𝟎𝟎', '$𝟖𝟒,𝟓𝟎𝟎'],
  ['a no-break space in a number', 'I earn 84\u00a0500 dollars', '84\u00a0500 dollars'],
  ['superscript digits', 'surgery on March ³', 'March ³'],
];

describe('scan text', () => {
  it.each([
    ['plain text', 'plain text'],
    ['Ai\u200bsling', 'Aisling'],
    ['Ais\u00adling', 'Aisling'],
    ['Аisling', 'Aisling'],
    ['ＡＢ１２', 'AB12'],
    ['٤٢', '42'],
    ['café', 'café'],
    ['Acme™ ①', 'Acme™ 1'],
    ['Вера и Москва', 'Вера и Москва'],
    ['82К', '82K'],
    ['витамин В12', 'витамин B12'],
    ['Ελένη', 'Ελένη'],
    ['東京都', '東京都'],
  ])('%j scans as %j', (text, scan) => expect(scanTextOf(text).text).toBe(scan));

  it('maps a scan range back over the invisible characters inside it', () => {
    const text = 'to Ai\u200bs\u00adling.';
    const scan = scanTextOf(text);
    const start = scan.text.indexOf('Aisling');
    expect(text.slice(...originalRange(scan, start, start + 7))).toBe('Ai\u200bs\u00adling');
  });

  it('maps an expanded character back to the whole of it', () => {
    const text = 'x ﬁle y';
    const scan = scanTextOf(text);
    expect(scan.text).toBe('x file y');
    expect(text.slice(...originalRange(scan, 2, 6))).toBe('ﬁle');
  });
});

describe('guard fuzz set', () => {
  const cases = Object.entries(INVISIBLE).flatMap(([name, ch]) =>
    VALUES.map((value) => [name, value, sprinkle(value, ch)] as const),
  );

  it.each(cases)('%s inside %j: the guard blocks and redact withholds it', (_name, _value, hidden) => {
    const text = `please mention ${hidden} today`;
    expect(guardPayload(text, prepared, EMPTY_POLICY).ok).toBe(false);
    const { outbound, redactions } = redact(text, prepared, EMPTY_POLICY);
    expect(redactions.some((r) => r.original === hidden)).toBe(true);
    expect(outbound).toMatch(/^please mention \[[A-Z]+_1\] today$/);
  });

  it.each(LOOKALIKE)('%s: the guard blocks and redact withholds it', (_name, text, hidden) => {
    expect(guardPayload(text, prepared, EMPTY_POLICY).ok).toBe(false);
    const { outbound, redactions } = redact(text, prepared, EMPTY_POLICY);
    expect(redactions.map((r) => r.original)).toContain(hidden);
    expect(outbound).not.toContain(hidden);
  });

  it.each([
    ['an e-mail address', 'mail a.b\u200b@exam\u00adple.com'],
    ['a phone number', 'call +1 ７０４ ５５５ ０１３４'],
    ['a phone number with joiners', 'call +44\u2060 20\u200b 7946\u200d 0321'],
  ])('%s with no context: the guard blocks', (_name, text) => {
    expect(guardPayload(text, EMPTY, EMPTY_POLICY).ok).toBe(false);
  });

  it('leaves ordinary Russian, Greek and accented text as it is', () => {
    const text = 'вера написала: ο καιρός, café';
    expect(redact(text, EMPTY, EMPTY_POLICY).outbound).toBe(text);
  });
});

describe('placeholders this job issued', () => {
  it('without a vault, blanks only text shaped like our placeholders', () => {
    expect(maskPlaceholders('[Aisling_1] [PERSON_2] [person_3]')).toBe(
      `[Aisling_1] ${' '.repeat(10)} ${' '.repeat(10)}`,
    );
  });

  it('with the vault, blanks only the placeholders it holds', () => {
    const vault = { '[PERSON_1]': 'Aisling' };
    expect(maskPlaceholders('[person_1] [PERSON_2] [Byrne_1]', vault)).toBe(
      `${' '.repeat(10)} [PERSON_2] [Byrne_1]`,
    );
  });

  it('a value written as a placeholder is still found', () => {
    expect(guardPayload('tell [Aisling_1] about [Byrne_2]', prepared, EMPTY_POLICY).ok).toBe(false);
    expect(redact('tell [Aisling_1] hi', prepared, EMPTY_POLICY).outbound).toBe('tell [[PERSON_1]_1] hi');
  });

  it('the guard passes issued placeholders and scans the rest', () => {
    const { outbound, vault } = redact('tell Aisling about March 3', prepared, EMPTY_POLICY);
    expect(guardPayload(outbound, prepared, EMPTY_POLICY, undefined, vault)).toEqual({ ok: true });
    const spans = detectSpans('[PERSON_1] and [Aisling_1]', prepared, EMPTY_POLICY, undefined, vault);
    expect(spans.length).toBeGreaterThan(0);
  });
});
