/**
 * Control instructions: ordinary phrases that reuse a persona's words in unrelated senses, built by
 * rules from the persona's own values, never listed by hand:
 * - common-word: an ordinary word of an organisation, place or occupation, next to an unrelated noun;
 * - given-name: a word of an organisation that is also a given name, as a name and nobody's;
 * - abbreviation: a leading abbreviation ("St.") before another name;
 * - month: the month of a stored date, without its day;
 * - digits: a short digit group of a stored number, counting something else;
 * - other-amount: an amount that is not the stored one, in the same currency style;
 * - type-word: the generic part of a run-script organisation (company, school, hospital).
 * A control phrase must survive redaction verbatim.
 */
import nlp from 'compromise';
import { group, monthName, parseDate, parseMoney } from './own-context-forms-numeric';
import { TYPE_AFFIXES } from './own-context-forms-text';
import type { Persona } from './own-context-personas';
import { occurs, ordinary, runScript } from './own-context-text';
import { sample, type Rng } from './own-context-random';

export interface Control {
  persona: string;
  rule: string;
  /** The phrase that must reach the cloud unchanged. */
  phrase: string;
  instruction: string;
}

const NOUNS = ['playlist', 'trivia quiz', 'poster', 'podcast', 'crossword', 'costume', 'recipe', 'puzzle'];
const EN_FRAMES = [
  'suggest some {p} ideas for the office party',
  'I need {p} inspiration for the weekend',
  'write a short note about {p} trends',
];
const COUNT_FRAMES = ['write a {p} summary of the news', 'draft a {p} product description'];
const TYPE_FRAMES: Record<'ja' | 'zh' | 'th', string> = {
  ja: '{p}の選び方を教えて',
  zh: '怎么选择一家好的{p}',
  th: 'วิธีเลือก{p}ที่ดี',
};
const HAN_MONTH_FRAMES: Record<'ja' | 'zh', string> = {
  ja: '{p}の季語を使った俳句を作って',
  zh: '推荐{p}适合去的旅游地',
};

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | undefined;
function tagsOf(word: string): string[] {
  // compromise types its model as `object`; the lexicon is a plain word → tag(s) map.
  lexicon ??= (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
const isGivenName = (word: string) => tagsOf(word).some((t) => /Name$/.test(t) && t !== 'LastName');
let givenNames: string[] | undefined;
function givenNamePool(): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  givenNames ??= Object.entries(lexicon)
    .filter(([w, t]) => /^[a-z]{4,8}$/.test(w) && [t].flat().some((x) => /(Male|Female)Name/.test(x)))
    .map(([w]) => w);
  return givenNames;
}
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The persona's words that a control may reuse: organisations, places and the occupation. */
function sourceTexts(persona: Persona): string[] {
  const values = persona.values.filter((v) => v.kind === 'org' || v.kind === 'place').map((v) => v.value);
  const occupation = Object.entries(persona.context.profile)
    .filter(([key]) => /occupation|job|role/i.test(key))
    .map(([, value]) => value);
  return [...values, ...occupation].filter((t) => !runScript(t));
}

export function controlsOf(persona: Persona, random: Rng, forms: readonly string[]): Control[] {
  const out: Control[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  // A control must not contain a value (in any generated form) or a name word of the persona.
  const privateWords = persona.values
    .filter((v) => v.kind !== 'org' && v.kind !== 'place')
    .flatMap((v) => v.value.toLowerCase().split(/\s+/));
  const add = (rule: string, phrase: string, frame: string) => {
    const lower = phrase.toLowerCase();
    if (forms.some((f) => f.length >= 2 && occurs(lower, f.toLowerCase()))) return;
    if (privateWords.some((w) => occurs(lower, w))) return;
    if (out.some((c) => c.phrase === phrase)) return;
    out.push({ persona: persona.id, rule, phrase, instruction: frame.replace('{p}', phrase) });
  };
  for (const text of sourceTexts(persona)) {
    const words = text.split(/\s+/);
    words.forEach((word, i) => {
      const bare = word.replace(/[^\p{L}]/gu, '');
      if (i === 0 && /^\p{Lu}\p{Ll}?\.$/u.test(word))
        add('abbreviation', `${word} ${title(pick(givenNamePool()))}'s day`, 'write a toast for {p}');
      else if (words.length > 1 && isGivenName(bare))
        add('given-name', bare.toLowerCase(), 'is {p} still a popular baby name');
      else if (bare.length >= 4 && ordinary(bare))
        add('common-word', `${bare.toLowerCase()} ${pick(NOUNS)}`, pick(EN_FRAMES));
    });
  }
  for (const { kind, value } of persona.values) {
    if (kind === 'date') {
      const { month } = parseDate(value);
      if (runScript(value) && (persona.lang === 'ja' || persona.lang === 'zh'))
        add('month', `${month}月`, HAN_MONTH_FRAMES[persona.lang]);
      else add('month', `${monthName(month)} newsletter`, 'plan the {p} for the gardening club');
    }
    if (kind === 'money' || kind === 'phone' || kind === 'code') {
      const runs = (value.match(/\d+/g) ?? []).filter(
        (r) => r.length >= 2 && r.length <= 3 && !r.startsWith('0'),
      );
      // A short group of a longer number, never the whole number.
      if (value.replace(/\D/g, '').length > 3)
        for (const run of sample(runs, 2, random)) add('digits', `${run}-word`, pick(COUNT_FRAMES));
    }
    if (kind === 'money') {
      const { amount, currency } = parseMoney(value);
      const other = Math.round((amount * (1.1 + random() * 0.3)) / 100) * 100;
      add(
        'other-amount',
        `${currency.signs[0] ?? ''}${group(other, ',')}`,
        'is {p} a fair price for a used car',
      );
    }
    if (kind === 'org' && runScript(value) && persona.lang !== 'en') {
      const frame = TYPE_FRAMES[persona.lang];
      const affix = TYPE_AFFIXES.find((a) => value.startsWith(a) || value.endsWith(a));
      if (affix) add('type-word', affix, frame);
    }
  }
  return out;
}
