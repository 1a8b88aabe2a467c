import { EVASIONS } from '../../../scripts/own-context-evasion';
import {
  dateForms,
  moneyForms,
  parseDate,
  parseMoney,
  phoneForms,
} from '../../../scripts/own-context-forms-numeric';
import {
  codeForms,
  emailForms,
  nameForms,
  orgForms,
  sensitiveForms,
} from '../../../scripts/own-context-forms-text';
import { loadPersonas, parsePersona } from '../../../scripts/own-context-personas';
import { shapeOf } from '../../../scripts/own-context-shape';
import { generateSuite } from '../../../scripts/own-context-suite';
import { occurs, partlyThere, stillThere, visible } from '../../../scripts/own-context-text';

describe('own-context forms are produced by transformation', () => {
  it.each([
    ['$84,500', 84_500],
    ['PLN 14 800', 14_800],
    ['R$ 9.850', 9_850],
    ['₦18,500,000', 18_500_000],
    ['520万円', 5_200_000],
    ['32,000 บาท', 32_000],
  ])('reads the amount of %s', (value, amount) => {
    expect(parseMoney(value).amount).toBe(amount);
  });

  it('writes money with every separator, k/m, signs and codes, never a rounded amount', () => {
    const forms = moneyForms('$84,500', 'en');
    for (const f of ['84,500', '84 500', '84500', '84.5k', '$84,500', 'USD 84,500', '84,500 USD', '$84.5K'])
      expect(forms).toContain(f);
    expect(moneyForms('$84,512', 'en').some((f) => /k$/i.test(f))).toBe(false);
    expect(moneyForms('₦18,500,000', 'en')).toContain('18.5m');
    expect(moneyForms('520万円', 'ja')).toEqual(
      expect.arrayContaining(['520万円', '5,200,000円', '¥5,200,000']),
    );
  });

  it.each([
    ['September 21, 1988', { year: 1988, month: 9, day: 21 }],
    ['12th April 1985', { year: 1985, month: 4, day: 12 }],
    ['November 12', { year: undefined, month: 11, day: 12 }],
    ['4 August', { year: undefined, month: 8, day: 4 }],
    ['1991-02-17', { year: 1991, month: 2, day: 17 }],
    ['19/11/2026', { year: 2026, month: 11, day: 19 }],
    ['1990年6月12日', { year: 1990, month: 6, day: 12 }],
  ])('reads the date %s', (value, parts) => {
    expect(parseDate(value)).toEqual(parts);
  });

  it('writes a date in every common order and style, with the year only when it is known', () => {
    const forms = dateForms({ month: 3, day: 3 }, 'en');
    for (const f of ['March 3', '3 March', 'march 3rd', 'Mar 3', '3/3', '03/03', 'the 3rd of march'])
      expect(forms).toContain(f);
    expect(forms.some((f) => /\d{4}/.test(f))).toBe(false);
    const dated = dateForms({ year: 2027, month: 6, day: 14 }, 'zh');
    for (const f of ['2027-06-14', '14/06/2027', '06/14/2027', 'June 14th', '6月14日', '2027年6月14日'])
      expect(dated).toContain(f);
  });

  it('regroups phone numbers, with and without the country code and trunk prefix', () => {
    const forms = phoneForms('+44 7700 900412');
    for (const f of [
      '07700 900412',
      '+447700900412',
      '+44 7700 900 412',
      '077-0090-0412',
      '+44 (0)7700 900412',
    ])
      expect(forms).toContain(f);
    expect(phoneForms('+1 509 555 0187')).toContain('(509) 555-0187');
    expect(phoneForms('+1 509 555 0187').some((f) => f.startsWith('0509'))).toBe(false);
  });

  it('writes e-mails in other case and spelled out, codes with other separators', () => {
    expect(emailForms('ann.lee@mail.org')).toEqual(
      expect.arrayContaining(['ANN.LEE@MAIL.ORG', 'ann.lee at mail dot org', 'ann dot lee at mail dot org']),
    );
    expect(codeForms('YK21 XRV')).toEqual(expect.arrayContaining(['yk21xrv', 'YK21-XRV', 'YK 21 XRV']));
    expect(codeForms('KA-40417')).toEqual(expect.arrayContaining(['ka 40417', 'KA40417']));
  });

  it('writes names with initials, titles, possessives, folded diacritics and honorifics', () => {
    expect(nameForms('Halina Wiśniewska', 'en')).toEqual(
      expect.arrayContaining([
        'H. Wiśniewska',
        'halina wiśniewska',
        'Halina Wisniewska',
        "Halina's",
        'Dr. Wiśniewska',
      ]),
    );
    expect(nameForms('佐藤美咲', 'ja')).toEqual(expect.arrayContaining(['美咲', '美咲さん', '佐藤さん']));
    expect(nameForms('สมหญิง วงศ์สวัสดิ์', 'th')).toEqual(expect.arrayContaining(['คุณสมหญิง', 'สมหญิงวงศ์สวัสดิ์']));
  });

  it('takes the distinctive run of an organisation, never an ordinary word alone', () => {
    const forms = orgForms('Maple Grove Elementary');
    expect(forms).toContain('maple grove');
    expect(forms).not.toContain('elementary');
    expect(forms).not.toContain('maple');
    expect(orgForms('Colégio Vila Rica')).not.toContain('colegio');
    expect(orgForms('株式会社ミナト精機')).toContain('ミナト精機');
    expect(sensitiveForms('ACL reconstruction')).toContain('ACL');
  });
});

describe('leak decision', () => {
  it.each([
    ['tell Tom at 5', 'tom', true],
    ['see you tomorrow', 'tom', false],
    ['an atom bomb', 'tom', false],
    ['電話は09041278835です', '09041278835', true],
    ['pay is $84,[NUMBER_1]', '$84,500', false],
    ['ask burns\u200b park today', 'burns park', true],
    ['call ９０４１ now', '9041', true],
    ['hi Аnna', 'anna', true],
  ])('%j still holds %j: %s', (outbound, form, expected) => {
    expect(stillThere(outbound, form)).toBe(expected);
  });

  it('needs word boundaries only around letters and digits of spaced scripts', () => {
    expect(occurs('明日田中さんに', '田中')).toBe(true);
    expect(occurs('Arjun’s bag', 'arjun')).toBe(false); // case is the caller's business
  });

  it.each(Object.entries(EVASIONS))(
    'the %s evasion changes the bytes but not what a reader sees',
    (_, evade) => {
      const evaded = evade('Kenton 4172');
      expect(evaded).toBeDefined();
      expect(evaded).not.toBe('Kenton 4172');
      expect(visible(evaded ?? '')).toBe(visible('Kenton 4172'));
    },
  );
});

describe('the own-context suite', () => {
  const suite = generateSuite();

  it('is deterministic per seed', () => {
    expect(generateSuite().cases).toEqual(suite.cases);
    expect(generateSuite(7).cases).not.toEqual(suite.cases);
  });

  it('has at least six personas in several scripts, and every kind of value', () => {
    expect(suite.personas.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(suite.cases.map((c) => c.kind));
    expect(kinds.size).toBe(12);
    expect(suite.cases.filter((c) => c.runScript).length).toBeGreaterThan(100);
  });

  it('puts each typed form verbatim into its instruction, mostly changed from the stored value', () => {
    for (const c of suite.cases) expect(c.instruction).toContain(c.form);
    const single = suite.cases.filter((c) => c.subset === 'forms');
    expect(single.filter((c) => c.form !== c.value).length / single.length).toBeGreaterThan(0.8);
    expect(suite.cases.filter((c) => c.subset === 'evasion').length).toBeGreaterThan(100);
  });

  it('puts two values into some instructions, one case for each', () => {
    const pairs = suite.cases.filter((c) => c.subset === 'pair');
    expect(pairs.length).toBeGreaterThan(50);
    const values = new Map<string, Set<string>>();
    for (const c of pairs) {
      const key = `${c.persona}|${c.instruction}`;
      values.set(key, (values.get(key) ?? new Set()).add(c.value));
    }
    for (const set of values.values()) expect(set.size).toBe(2);
  });

  it('builds controls from every rule, none holding a value of its persona', () => {
    expect(new Set(suite.controls.map((c) => c.rule)).size).toBeGreaterThanOrEqual(6);
    for (const control of suite.controls) {
      const persona = suite.personas.find((p) => p.id === control.persona);
      for (const v of persona?.values ?? [])
        expect(occurs(visible(control.instruction), visible(v.value))).toBe(false);
    }
  });

  it('refuses a persona whose value is not in its context', () => {
    const [first] = loadPersonas();
    expect(() =>
      parsePersona('x.json', { ...first, values: [{ kind: 'name', value: 'Nobody Atall' }] }),
    ).toThrow(/does not occur/);
  });
});

describe('partial leak decision', () => {
  it.each([
    ['pay is $84,[NUMBER_1]', '$84,500', 'pay is $84,500', true],
    ['pay is USD [NUMBER_1]', 'USD 84,500', 'pay is USD 84,500', false],
    ['on [MEDICAL_1] 12th', 'november 12th', 'on november 12th', true],
    ['on Feb [DATE_1]', 'Feb 14', 'on Feb 14', false],
    ['with [PERSON_1] digital', 'cerrado digital', 'with cerrado digital', false],
    ['quote [ORG_1].8e.21', 'fqt.8e.21', 'quote fqt.8e.21', true],
    ['call 12 at [NUMBER_1]', '12 500', 'call 12 at 12 500', false],
  ])('%j keeps part of %j: %s', (outbound, form, instruction, expected) => {
    expect(partlyThere(outbound, form, instruction)).toBe(expected);
  });
});

describe('what replaced a withheld value', () => {
  it.each([
    ['ask [ORG_1] now', 'one-fitting'],
    ['ask [PERSON_1] [PERSON_2] now', 'several'],
    ['ask [PERSON_1] now', 'one-other-type'],
    ['[PRIVATE_1] Kestrel Sangam now', 'unknown'],
    ['ask now', 'unknown'],
  ] as const)('%j is %s', (outbound, shape) => {
    expect(shapeOf('ask Kestrel Sangam now', 'Kestrel Sangam', outbound, 'org')).toBe(shape);
  });
});
