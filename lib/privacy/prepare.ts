import type { ContextData } from '../context/types';
import { buildForms } from './forms';
import { buildIndex } from './known-index';
import { frameParts, nameParts, salientParts } from './salient';
import { tokenize } from './normalize';
import { spacelessParts } from './spaceless';
import type { KnownValue, PiiKind, PreparedContext } from './types';
import { ZIPF_FLOOR } from './data/zipf';
import { isEverydayWord, zipfOf } from './words';

/** Profile keys and fact tags that mark health information. */
const MEDICAL_WORDS = /health|medical|condition|diagnos/i;

const KIND_BY_KEY: [RegExp, PiiKind][] = [
  // First: "ethnicity" holds "city", "religion" no place; these fields hold a category, not a name.
  [/ethnic|religio|faith|belief|caste|race|nationality|sexual|politic/i, 'PRIVATE'],
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

type Part = Omit<KnownValue, 'source'>;

/**
 * Pieces of a list-like value: "Charlotte, North Carolina" → "Charlotte", "North Carolina". A comma or
 * slash between digits groups a number or a date ("$84,500", "3/3"), whose forms index reads whole:
 * split there, "500" would be withheld in "a 500-word summary".
 */
const LIST_SEPARATOR = /\s*(?:(?<!\d)[,/]|[,/](?!\d)|[;|]|\band\b)\s*/;

function listPieces(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && part !== value);
}

/**
 * A piece of a list-like field names something ("Harrow, London"): in any case, unless it is a word
 * people often write in lower case, where only the capital says it is the name.
 */
function listPiece(piece: string, kind: PiiKind): Part {
  const lower = piece.toLowerCase();
  return { value: piece, kind, requireCapital: isEverydayWord(lower) && zipfOf(lower) >= ZIPF_FLOOR };
}

/**
 * Medical notes are private word by word: every content word of 4+ letters is withheld, except the
 * everyday words any sentence has ("after", "week", "every").
 */
function medicalParts(text: string): Part[] {
  return (text.match(/\p{L}{4,}/gu) ?? [])
    .filter((w) => !(isEverydayWord(w.toLowerCase()) && zipfOf(w.toLowerCase()) >= EVERYDAY_ZIPF))
    .map((value) => ({ value, kind: 'MEDICAL' as const }));
}

/** At least this common (Zipf) an everyday word says nothing about anyone's health ("after", "week"). */
const EVERYDAY_ZIPF = 4.5;

/** The identifying parts of a profile value, by what the field holds. */
function profileParts(value: string, kind: PiiKind): Part[] {
  const pieces = [value, ...listPieces(value)];
  if (kind === 'PERSON')
    return pieces.flatMap((piece, i) => [...(i ? [listPiece(piece, kind)] : []), ...nameParts(piece)]);
  if (kind === 'MEDICAL') return [...salientParts(value), ...medicalParts(value)];
  const frames =
    kind === 'ORG' || kind === 'LOCATION' || kind === 'ADDRESS'
      ? pieces.flatMap((piece) => frameParts(piece, tokenize(piece), kind))
      : [];
  // A list of ordinary words ("running, cooking") is private as a whole, not word by word.
  const named = pieces.slice(1).map((piece) => listPiece(piece, kind));
  const kept = kind === 'PRIVATE' ? named.filter((piece) => !piece.requireCapital) : named;
  return [...kept, ...frames, ...salientOf(value, kind)];
}

const NAME_KINDS: ReadonlySet<PiiKind> = new Set(['PERSON', 'ORG', 'LOCATION', 'PRIVATE']);

/**
 * The salient parts of a profile value, typed by the field: the name finder's guess that "Kestrel
 * Dynamics" is a person must not make an employer's ordinary word ("dynamics") a name part, and a
 * part of an employer is an [ORG], whatever the guess. Parts with a shape (dates, e-mails) keep theirs.
 */
function salientOf(value: string, kind: PiiKind): Part[] {
  const parts = salientParts(value);
  if (kind === 'PRIVATE') return parts;
  const framed = kind === 'ORG' || kind === 'LOCATION' || kind === 'ADDRESS';
  return parts
    .filter((part) => !(framed && part.kind === 'PERSON'))
    .map((part) => (NAME_KINDS.has(part.kind) ? { ...part, kind } : part));
}

function profileValues(key: string, value: string): KnownValue[] {
  const kind = kindForProfileKey(key);
  const source = `profile: ${key}`;
  const parts = [{ value, kind }, ...profileParts(value, kind), ...spacelessParts(value, kind)];
  return parts.map((part) => ({ ...part, source }));
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
    const kind = medical ? 'MEDICAL' : 'PRIVATE';
    // A health note's private words are its terms, names and codes (salientParts), not every word:
    // "Providence Orthopedics" is private as a run, "orthopedics" alone is not.
    const parts = [...salientParts(text, fact.tags), ...spacelessParts(text, kind)];
    known.push({ value: text, kind, source });
    known.push(...parts.map((part) => ({ ...part, source })));
  });
  return { context, known, index: buildIndex(known), forms: buildForms(context) };
}
