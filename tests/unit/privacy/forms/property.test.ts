import fc from 'fast-check';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redact } from '../../../../lib/privacy';
import { contextOf } from '../helpers';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u200e'];
const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A stored value (where it lives) and the typed forms a person may use for it. */
interface Generated {
  profile: Record<string, string>;
  facts: string[];
  forms: string[];
}

const money = fc.integer({ min: 1_000, max: 999_999 }).map((n): Generated => {
  const forms = [
    String(n),
    grouped(n, ','),
    grouped(n, ' '),
    `$${grouped(n, ',')}`,
    `USD ${n}`,
    `${grouped(n, ',')} dollars`,
  ];
  if (n % 100 === 0) forms.push(`${n / 1000}k`, `$${n / 1000}K`);
  return { profile: {}, facts: [`Salary is $${grouped(n, ',')} a year`], forms };
});

const day = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    year: fc.integer({ min: 2000, max: 2030 }),
  })
  .map(({ month, day, year }): Generated => {
    const name = MONTHS[month - 1] ?? 'March';
    const mm = String(month).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    return {
      profile: {},
      facts: [`Operation on ${year}-${mm}-${dd} at the clinic`],
      forms: [
        `${name} ${day}`,
        `${name.slice(0, 3)} ${ordinal(day)}`,
        `${day} ${name}`,
        `${day}/${month}`,
        `${mm}/${dd}`,
        `${dd}/${mm}/${year}`,
        `${name} ${day}, ${year}`,
        `${year}-${mm}-${dd}`,
        `${ordinal(day)} of ${name.toLowerCase()}`,
      ],
    };
  });

const phone = fc
  .record({
    area: fc.integer({ min: 201, max: 989 }),
    exchange: fc.integer({ min: 200, max: 999 }),
    line: fc.integer({ min: 0, max: 9999 }),
  })
  .map(({ area, exchange, line }): Generated => {
    const l = String(line).padStart(4, '0');
    return {
      profile: { phone: `+1 ${area} ${exchange} ${l}` },
      facts: [],
      forms: [
        `${area}-${exchange}-${l}`,
        `(${area}) ${exchange} ${l}`,
        `${area}${exchange}${l}`,
        `+1.${area}.${exchange}.${l}`,
        `1 ${area} ${exchange}-${l}`,
        `${exchange}-${l}`,
      ],
    };
  });

const code = fc
  .record({ letters: fc.stringMatching(/^[A-Z]{2}$/), digits: fc.integer({ min: 10_000, max: 99_999 }) })
  .map(({ letters, digits }): Generated => ({
    profile: {},
    facts: [`Membership number ${letters}-${digits}`],
    forms: [
      `${letters}${digits}`,
      `${letters.toLowerCase()} ${digits}`,
      `${letters}-${digits}`,
      `${letters.toLowerCase()}${digits}`,
    ],
  }));

const email = fc
  .record({ user: fc.stringMatching(/^[a-z]{3,8}$/), host: fc.stringMatching(/^[a-z]{4,9}$/) })
  .map(({ user, host }): Generated => ({
    profile: { email: `${user}.q@${host}.org` },
    facts: [],
    forms: [
      `${user}.q@${host}.org`,
      `${user.toUpperCase()}.Q@${host}.ORG`,
      `${user} dot q at ${host} dot org`,
      `${user}.q(at)${host}(dot)org`,
    ],
  }));

/** `form`, with an invisible character put between two of its letters or digits. */
const hide = (form: string, at: number, ch: string) => {
  const inside = [...form.matchAll(/[\p{L}\p{N}](?=[\p{L}\p{N}])/gu)].map((m) => m.index + 1);
  const cut = inside.length > 0 ? (inside[at % inside.length] ?? 0) : 0;
  return cut > 0 ? form.slice(0, cut) + ch + form.slice(cut) : form;
};

describe('typed forms of generated values', () => {
  it.each([
    ['money', money],
    ['dates', day],
    ['phones', phone],
    ['codes', code],
    ['e-mails', email],
  ] as const)(
    '%s in any typed form, even with an invisible character inside, never pass the guard',
    (_kind, values) => {
      fc.assert(
        fc.property(values, fc.nat(), fc.nat(), fc.constantFrom(...INVISIBLE), (value, pick, at, ch) => {
          const prepared = preparePrivacy(contextOf(value.profile, value.facts));
          const form = value.forms[pick % value.forms.length] ?? '';
          for (const typed of [form, hide(form, at, ch)]) {
            const text = `please mention ${typed} in the note`;
            expect(guardPayload(text, prepared, EMPTY_POLICY).ok).toBe(false);
            // The whole form, one placeholder: never half a value.
            expect(redact(text, prepared, EMPTY_POLICY).outbound).toMatch(
              /^please mention \[[A-Z]+_1\] in the note$/,
            );
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});
