/**
 * The own-context suite's personas (scripts/data/personas/*.json): a context in the export format of
 * DESIGN.md, and the private values it holds, each with its kind. Every value must occur verbatim in the
 * context (a profile field or a fact), so the suite only asks about what the user really stored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseContext } from '../lib/context/parse';
import type { ContextData } from '../lib/context/types';
import { isRecord } from '../lib/guards';

export const VALUE_KINDS = [
  'money',
  'date',
  'phone',
  'email',
  'code',
  'name',
  'org',
  'place',
  'health',
  'religion',
  'ethnicity',
  'legal',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** The language the persona writes in when a value is in Han script: it decides Japanese or Chinese forms. */
export type PersonaLang = 'en' | 'ja' | 'zh' | 'th';

export interface PersonaValue {
  kind: ValueKind;
  value: string;
}

export interface Persona {
  id: string;
  lang: PersonaLang;
  context: ContextData;
  values: PersonaValue[];
}

const DIR = new URL('./data/personas/', import.meta.url);

function fail(file: string, why: string): never {
  throw new Error(`persona ${file}: ${why}`);
}

export function parsePersona(file: string, json: unknown): Persona {
  if (!isRecord(json)) fail(file, 'must be a JSON object');
  const { id, lang, context, values } = json;
  if (typeof id !== 'string' || !id) fail(file, '"id" must be text');
  if (lang !== 'en' && lang !== 'ja' && lang !== 'zh' && lang !== 'th') fail(file, '"lang" is unknown');
  const parsed = parseContext(context);
  if (!Array.isArray(values)) fail(file, '"values" must be a list');
  const stored = [...Object.values(parsed.profile), ...parsed.facts.map((f) => f.text)];
  const out = values.map((v, i): PersonaValue => {
    if (!isRecord(v) || typeof v.value !== 'string' || typeof v.kind !== 'string')
      fail(file, `values[${i}] must be {kind, value}`);
    const kind = VALUE_KINDS.find((k) => k === v.kind);
    if (!kind) fail(file, `values[${i}].kind "${v.kind}" is unknown`);
    if (!stored.some((text) => text.includes(v.value as string)))
      fail(file, `values[${i}] does not occur in the context`);
    return { kind, value: v.value };
  });
  return { id, lang, context: parsed, values: out };
}

/** Every persona, in file-name order (the generator's output depends on this order). */
export function loadPersonas(dir: URL = DIR): Persona[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parsePersona(name, JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown));
}
