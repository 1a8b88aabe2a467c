/**
 * Control instructions: ordinary phrases that reuse a persona's words in unrelated senses, built by
 * rules from the persona's own values, never listed by hand:
 * - common-word: an ordinary word of an organisation or place, next to an unrelated noun;
 * - occupation-word: a word of the occupation, about the field in general;
 * - fact-word: an ordinary word of a (not sensitive) note, next to an unrelated noun;
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
const isNoun = (word: string) => {
  const doc = nlp(word);
  return doc.has('#Noun') && !doc.has('#Verb') && !doc.has('#Preposition');
};
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const OCCUPATION_KEY = /occupation|job|role|title/i;
const FIELD_NOUNS = ['careers', 'textbooks', 'conferences', 'podcasts'];
/** Facts whose words are themselves sensitive: their words are not reused as controls. */
const SENSITIVE_TAG = /health|medical|legal|religio/i;

export function controlsOf(persona: Persona, random: Rng, forms: readonly string[]): Control[] {
  const out: Control[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const add = (rule: string, phrase: string, frame: string) => {
    const lower = phrase.toLowerCase();
    // A control must not hold a value of the persona in any generated form.
    if (forms.some((f) => f.length >= 2 && occurs(lower, f.toLowerCase()))) return;
    if (out.some((c) => c.phrase === phrase)) return;
    out.push({ persona: persona.id, rule, phrase, instruction: frame.replace('{p}', phrase) });
  };
  const spaced = persona.values.filter((v) => !runScript(v.value));
  const inValue = (word: string) => spaced.some((v) => occurs(v.value.toLowerCase(), word.toLowerCase()));

  for (const { value } of spaced.filter((v) => v.kind === 'org' || v.kind === 'place')) {
    const words = value.split(/\s+/);
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
  // The occupation's words describe a field, not the person: "pediatric" alone says nothing of them.
  for (const [key, text] of Object.entries(persona.context.profile))
    if (OCCUPATION_KEY.test(key) && !runScript(text))
      for (const word of text.split(/\s+/))
        if (/^\p{Ll}{4,}$/u.test(word) && !inValue(word))
          add('occupation-word', `${word} ${pick(FIELD_NOUNS)}`, 'summarise the news about {p}');
  // Ordinary words of the user's notes (not of a value, not of a sensitive note).
  const factWords = persona.context.facts
    .filter((f) => !f.tags?.some((t) => SENSITIVE_TAG.test(t)))
    .flatMap((f) => f.text.split(/[^\p{L}]+/u))
    .filter((w) => /^\p{Ll}{5,}$/u.test(w) && ordinary(w) && !inValue(w) && isNoun(w));
  for (const word of sample([...new Set(factWords)], 3, random))
    add('fact-word', `${word} ${pick(NOUNS)}`, pick(EN_FRAMES));

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
        for (const run of sample(runs, 1, random)) add('digits', `${run}-word`, pick(COUNT_FRAMES));
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
