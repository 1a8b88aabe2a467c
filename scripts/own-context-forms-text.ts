/**
 * Typed forms of textual values, produced by transforming the stored value: e-mail addresses (case,
 * written out), codes (separators, case), person names (case, initials, titles, possessives, folded
 * diacritics, honorifics of the persona's language), organisations and places (distinctive parts and
 * runs), and the sensitive terms of facts.
 */
import type { PersonaLang } from './own-context-personas';
import { capitalise, ordinary, runScript, scriptOf, stripDiacritics } from './own-context-text';

const unique = (forms: string[]): string[] => [...new Set(forms.filter((f) => f.trim().length >= 2))];

export function emailForms(value: string): string[] {
  const [local = '', domain = ''] = value.split('@');
  const spoken = (s: string) => s.replace(/\./g, ' dot ');
  return unique([
    value.toUpperCase(),
    capitalise(value),
    local.split('.').map(capitalise).join('.') + '@' + capitalise(domain),
    `${local} at ${spoken(domain)}`,
    `${spoken(local)} at ${spoken(domain)}`,
    `${local} [at] ${domain.replace(/\./g, ' [dot] ')}`,
    `${local}(at)${domain}`,
    `${local} @ ${domain}`,
    `${local} at ${domain}`,
    `${local.toUpperCase()} at ${spoken(domain).toUpperCase()}`,
  ]);
}

/** A code's groups as stored, and split where letters meet digits ("LK19" → "LK", "19"). */
function codeGroups(value: string): string[][] {
  const stored = value.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const split = stored.flatMap((g) => g.split(/(?<=\p{L})(?=\p{N})/u));
  const out = [stored];
  if (split.length !== stored.length) out.push(split);
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 9 && digits.length === value.replace(/\s/g, '').length)
    out.push(digits.match(/.{1,3}/g) ?? [], digits.match(/.{1,4}/g) ?? []);
  return out;
}

export function codeForms(value: string): string[] {
  const forms: string[] = [value.toLowerCase()];
  for (const groups of codeGroups(value))
    for (const sep of ['', ' ', '-', '.']) {
      const joined = groups.join(sep);
      forms.push(joined, joined.toLowerCase());
    }
  return unique(forms).filter((f) => f !== value);
}

/** Honorifics written next to a name in the persona's language (grammar, not data about anyone). */
const HONORIFICS: Record<PersonaLang, { before: string[]; after: string[] }> = {
  en: { before: ['Dr. ', 'Mr. ', 'Ms. ', 'Mrs. ', 'Mx '], after: [] },
  ja: { before: [], after: ['さん', 'ちゃん', '様', 'くん'] },
  zh: { before: ['小', '老'], after: ['先生', '女士'] },
  th: { before: ['คุณ', 'น้อง', 'พี่'], after: [] },
};

function hanNameForms(value: string, lang: PersonaLang): string[] {
  // Family names: mostly two characters in Japanese, one in Chinese.
  const surnameLength = Math.min(lang === 'ja' ? 2 : 1, value.length - 1);
  const surname = value.slice(0, surnameLength);
  const given = value.slice(surnameLength);
  const h = HONORIFICS[lang];
  const forms = [value, ...h.after.map((a) => `${value}${a}`)];
  if (given.length >= 2) forms.push(given, ...h.after.map((a) => `${given}${a}`));
  if (lang === 'ja') forms.push(`${surname}さん`);
  // Chinese nicknames: 小/老 with the family name, 小 with the last character of the given name.
  if (lang === 'zh') forms.push(...h.before.map((b) => `${b}${surname}`), `小${value.slice(-1)}`);
  return forms;
}

function thaiNameForms(value: string): string[] {
  const words = value.split(' ');
  const first = words[0] ?? value;
  const h = HONORIFICS.th.before;
  return [value.replace(/ /g, ''), first, ...h.map((b) => `${b}${first}`)];
}

function latinNameForms(value: string): string[] {
  const words = value.split(' ');
  const first = words[0] ?? value;
  const last = words.length > 1 ? (words.at(-1) ?? '') : '';
  const forms = [value.toLowerCase(), value.toUpperCase(), `${first}'s`, `${first}’s`, first.toLowerCase()];
  if (last) {
    forms.push(
      first,
      last,
      last.toLowerCase(),
      `${first.charAt(0)}. ${last}`,
      `${first.charAt(0)} ${last}`,
      `${first.charAt(0).toLowerCase()}. ${last.toLowerCase()}`,
      `${last}, ${first}`,
      `${last}'s`,
      ...HONORIFICS.en.before.map((t) => `${t}${last}`),
    );
    if (last.includes('-')) forms.push(last.replace(/-/g, ' '), `${first} ${last.replace(/-/g, ' ')}`);
  }
  const plain = stripDiacritics(value);
  if (plain !== value) forms.push(plain, plain.toLowerCase(), stripDiacritics(first).toLowerCase());
  return forms;
}

export function nameForms(value: string, lang: PersonaLang): string[] {
  const script = scriptOf(value);
  const forms =
    script === 'han'
      ? hanNameForms(value, lang)
      : script === 'thai'
        ? thaiNameForms(value)
        : script === 'tamil'
          ? [value]
          : latinNameForms(value);
  return unique(forms);
}

/**
 * Words that say what kind of organisation or place a run-script value is (company, school, hospital,
 * ward): the distinctive part is what remains. Grammar of those languages, not values of the personas.
 */
export const TYPE_AFFIXES = [
  '株式会社',
  '有限会社',
  '有限公司',
  '科技',
  '公司',
  '外国语',
  '小学校',
  '中学校',
  '小学',
  '中学',
  '大学',
  '医院',
  '病院',
  '記念',
  'โรงเรียน',
  'โรงพยาบาล',
  'อนุบาล',
  'บริษัท',
  'จำกัด',
];
const ABBREVIATION: Record<string, string> = { โรงเรียน: 'ร.ร.', โรงพยาบาล: 'รพ.' };
const UNIT = /(?<=[市区県町])/u;

function runOrgForms(value: string): string[] {
  const forms: string[] = [];
  let core = value;
  for (let changed = true; changed;) {
    changed = false;
    for (const affix of TYPE_AFFIXES) {
      if (core.length > affix.length + 1 && core.startsWith(affix)) {
        core = core.slice(affix.length);
        forms.push(core, ...(ABBREVIATION[affix] ? [`${ABBREVIATION[affix]}${core}`] : []));
        changed = true;
      }
      if (core.length > affix.length + 1 && core.endsWith(affix)) {
        core = core.slice(0, -affix.length);
        forms.push(core);
        changed = true;
      }
    }
  }
  const units = value.split(UNIT).filter(Boolean);
  if (units.length > 1) forms.push(units.at(-1) ?? '', (units.at(-1) ?? '').replace(/[市区県町]$/u, ''));
  return forms;
}

function latinOrgForms(value: string): string[] {
  const words = value.split(' ');
  const forms = [value.toLowerCase(), stripDiacritics(value), stripDiacritics(value).toLowerCase()];
  if (words.length === 1) return [...forms, value.toUpperCase(), `${value}'s`];
  forms.push(`the ${value}`);
  // The distinctive run: generic trailing words dropped (kept 2+ words), leading abbreviations dropped.
  let run = words.slice();
  while (run.length > 2 && ordinary(run.at(-1) ?? '')) run = run.slice(0, -1);
  if (run.length > 2 && /\.$/.test(run[0] ?? '')) run = run.slice(1);
  const core = run.join(' ');
  if (core !== value) forms.push(core, core.toLowerCase(), stripDiacritics(core).toLowerCase());
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = words.slice(i, i + 2);
    if (pair.some((w) => !ordinary(w) && !/\.$/.test(w) && w.length >= 3))
      forms.push(pair.join(' ').toLowerCase());
  }
  // A single word stands for the organisation unless it is ordinary, or it leads a name whose next word
  // is unusual: there it is the kind of place ("Colégio Monte Alegre", "Uniwersytet Gdański").
  const typeFirst = !ordinary(words[1] ?? '');
  for (const [i, w] of words.entries()) {
    if (i === 0 && typeFirst) continue;
    const bare = w.replace(/[^\p{L}-]/gu, '');
    if (bare.length >= 4 && !ordinary(bare))
      forms.push(bare, bare.toLowerCase(), stripDiacritics(bare).toLowerCase());
  }
  return forms;
}

export function orgForms(value: string): string[] {
  return unique(runScript(value) ? runOrgForms(value) : latinOrgForms(value)).filter((f) => f !== value);
}

/** Sensitive terms of facts (conditions, treatments, faith, background, legal matters). */
export function sensitiveForms(value: string): string[] {
  if (runScript(value)) return unique([value, value.replace(/[症病]$/u, '')]);
  const words = value.split(' ');
  const forms = [value.toLowerCase(), capitalise(value.toLowerCase()), value.toUpperCase()];
  if (words.length > 1) {
    forms.push(`${words[0]}-${words.slice(1).join(' ')}`.toLowerCase());
    // An acronym or a word with digits names the condition on its own ("ACL", "L4-L5").
    for (const w of words) if (/^\p{Lu}{2,}$|\d/u.test(w) && w.length >= 2 && !/^\d+$/.test(w)) forms.push(w);
  }
  if (/\d/.test(value))
    forms.push(
      value
        .replace(/\s*(\d)\s*/g, '$1 ')
        .trim()
        .toLowerCase(),
    );
  if (!/s$/.test(value) && words.length > 1) forms.push(`${value.toLowerCase()}s`);
  return unique(forms);
}
