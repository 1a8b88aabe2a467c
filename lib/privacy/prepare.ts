import type { ContextData } from '../context/types';
import { buildForms } from './forms';
import { buildIndex } from './known-index';
import { nameParts, salientParts } from './salient';
import type { KnownValue, PiiKind, PreparedContext } from './types';
import { isCommonWord } from './words';

/** Profile keys and fact tags that mark health information. */
const MEDICAL_WORDS = /health|medical|condition|diagnos/i;

const KIND_BY_KEY: [RegExp, PiiKind][] = [
  [
    /name|partner|spouse|wife|husband|child|son|daughter|mother|father|manager|boss|friend|sister|brother/i,
    'PERSON',
  ],
  [/phone|mobile|tel/i, 'PHONE'],
  [/e-?mail/i, 'EMAIL'],
  [/address|street/i, 'ADDRESS'],
  [/location|city|country|town|home/i, 'LOCATION'],
  [/employer|company|organi[sz]ation|school|university|work/i, 'ORG'],
  [/birth|date/i, 'DATE'],
  [MEDICAL_WORDS, 'MEDICAL'],
];

export function kindForProfileKey(key: string): PiiKind {
  return KIND_BY_KEY.find(([pattern]) => pattern.test(key))?.[1] ?? 'PRIVATE';
}

/** Pieces of a list-like value: "Charlotte, North Carolina" → "Charlotte", "North Carolina". */
function listParts(value: string, kind: PiiKind): Omit<KnownValue, 'source'>[] {
  return value
    .split(/\s*(?:[,;/|]|\band\b)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && part !== value && !isCommonWord(part.toLowerCase()))
    .map((part) => ({ value: part, kind }));
}

/** Medical notes are private word by word: every content word of 4+ letters is withheld. */
function medicalParts(text: string): Omit<KnownValue, 'source'>[] {
  return (text.match(/\p{L}{4,}/gu) ?? [])
    .filter((w) => !/^(with|have|has|from|that|this|been|were|will|after|before|since|takes?)$/i.test(w))
    .map((value) => ({ value, kind: 'MEDICAL' as const }));
}

function profileValues(key: string, value: string): KnownValue[] {
  const kind = kindForProfileKey(key);
  const source = `profile: ${key}`;
  const parts =
    kind === 'PERSON'
      ? nameParts(value)
      : kind === 'MEDICAL'
        ? medicalParts(value)
        : [...listParts(value, kind), ...salientParts(value)];
  return [{ value, kind, source }, ...parts.map((part) => ({ ...part, source }))];
}

/**
 * Collects every known private value of the context, with the parts of each that identify the user
 * on their own, and indexes them. Built once per job; redact and the guard reuse it.
 */
export function preparePrivacy(context: ContextData): PreparedContext {
  // The engine host prepares on every preview; an unchanged store is served from the last result.
  const key = JSON.stringify([context.profile, context.facts]);
  if (last?.key === key) return { ...last.prepared, context };
  const prepared = build(context);
  last = { key, prepared };
  return prepared;
}

let last: { key: string; prepared: PreparedContext } | undefined;

function build(context: ContextData): PreparedContext {
  const known: KnownValue[] = [];
  for (const [key, raw] of Object.entries(context.profile)) {
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value.length >= 2) known.push(...profileValues(key, value));
  }
  context.facts.forEach((fact, i) => {
    const text = fact.text.trim();
    if (text.length < 2) return;
    const source = `fact ${i + 1}`;
    const medical = fact.tags?.some((tag) => MEDICAL_WORDS.test(tag)) ?? false;
    const parts = medical ? [...salientParts(text), ...medicalParts(text)] : salientParts(text);
    known.push({ value: text, kind: medical ? 'MEDICAL' : 'PRIVATE', source });
    known.push(...parts.map((part) => ({ ...part, source })));
  });
  return { context, known, index: buildIndex(known), forms: buildForms(context) };
}
