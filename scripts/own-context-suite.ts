/**
 * The own-context suite's generator: from the personas, instructions that use each stored value in
 * varied typed forms (every form produced by the transformations of own-context-forms-*), an evasion
 * subset, and control instructions. Seeded: the same seed gives the same suite.
 */
import { rng, sample, type Rng } from './own-context-random';
import { controlsOf, type Control } from './own-context-controls';
import { EVASIONS } from './own-context-evasion';
import { dateForms, moneyForms, parseDate, phoneForms } from './own-context-forms-numeric';
import { codeForms, emailForms, nameForms, orgForms, sensitiveForms } from './own-context-forms-text';
import { loadPersonas, type Persona, type PersonaValue, type ValueKind } from './own-context-personas';
import { fill, PAIR_FRAMES, templatesFor, type TemplateLang } from './own-context-templates';
import { occurs, scriptOf } from './own-context-text';

export interface Case {
  persona: string;
  kind: ValueKind;
  /** forms: one value per instruction; pair: two values in one instruction (one case each). */
  subset: 'forms' | 'pair' | 'evasion';
  /** Which evasion, in the evasion subset. */
  evasion?: string;
  value: string;
  /** Exactly what the instruction holds where the value is. */
  form: string;
  /** Written in a script without spaces (Han, Thai). */
  runScript: boolean;
  instruction: string;
}

export interface Suite {
  personas: Persona[];
  cases: Case[];
  controls: Control[];
}

/** Every typed form the generator knows for a value (the stored value first). */
export function formsOf({ kind, value }: PersonaValue, persona: Persona): string[] {
  const lang = persona.lang;
  const forms =
    kind === 'money'
      ? moneyForms(value, lang)
      : kind === 'date'
        ? dateForms(parseDate(value), lang)
        : kind === 'phone'
          ? phoneForms(value)
          : kind === 'email'
            ? emailForms(value)
            : kind === 'code'
              ? codeForms(value)
              : kind === 'name'
                ? nameForms(value, lang)
                : kind === 'org' || kind === 'place'
                  ? orgForms(value)
                  : sensitiveForms(value);
  return [...new Set([value, ...forms])];
}

/** How many forms of one value go into the suite, beyond the stored one. */
const FORMS_PER_VALUE = 7;
const EVASIONS_PER_VALUE = 2;

function templateLang(form: string, persona: Persona, random: Rng): TemplateLang {
  const script = scriptOf(form);
  if (script === 'han') return persona.lang === 'zh' ? 'zh' : 'ja';
  if (script === 'thai') return 'th';
  if (script === 'tamil') return 'ta';
  // People who write in another language type Latin values (numbers, e-mails) inside it too.
  return persona.lang !== 'en' && random() < 0.5 ? persona.lang : 'en';
}

function instructionFor(kind: ValueKind, form: string, persona: Persona, random: Rng): string | undefined {
  const templates = templatesFor(kind, templateLang(form, persona, random));
  for (const template of sample(templates, templates.length, random)) {
    // A template that already holds the form would make a leak undecidable.
    if (!occurs(template.toLowerCase(), form.toLowerCase())) return fill(template, form);
  }
  return undefined;
}

const isRunScript = (value: string) => scriptOf(value) === 'han' || scriptOf(value) === 'thai';

/** Two values of the persona in one instruction, each in a typed form; a case for each of them. */
function pairsOf(persona: Persona, random: Rng): Case[] {
  const out: Case[] = [];
  const pickOf = (kind: ValueKind, not?: PersonaValue) => {
    const candidates = persona.values.filter((v) => v.kind === kind && v !== not);
    const value = candidates[Math.floor(random() * candidates.length)];
    if (!value) return undefined;
    const forms = formsOf(value, persona);
    return { value, form: forms[Math.floor(random() * forms.length)] ?? value.value };
  };
  for (const [kindA, kindB, frame] of PAIR_FRAMES) {
    const a = pickOf(kindA);
    const b = a && pickOf(kindB, a.value);
    if (!a || !b) continue;
    const [fa, fb] = [a.form.toLowerCase(), b.form.toLowerCase()];
    if (occurs(fa, fb) || occurs(fb, fa)) continue;
    const instruction = frame.replace('{a}', a.form).replace('{b}', b.form);
    for (const { value, form } of [a, b])
      out.push({
        persona: persona.id,
        kind: value.kind,
        subset: 'pair',
        value: value.value,
        form,
        runScript: isRunScript(value.value),
        instruction,
      });
  }
  return out;
}

export function generateSuite(seed = 20261129, personas: Persona[] = loadPersonas()): Suite {
  const random = rng(seed);
  const cases: Case[] = [];
  const controls: Control[] = [];
  for (const persona of personas) {
    const all: string[] = [];
    for (const value of persona.values) {
      const forms = formsOf(value, persona);
      all.push(...forms);
      const chosen = [value.value, ...sample(forms.slice(1), FORMS_PER_VALUE, random)];
      const push = (form: string, subset: Case['subset'], evasion?: string) => {
        const instruction = instructionFor(value.kind, form, persona, random);
        if (!instruction) return;
        const runScript = isRunScript(value.value);
        cases.push({
          persona: persona.id,
          kind: value.kind,
          subset,
          evasion,
          value: value.value,
          form,
          runScript,
          instruction,
        });
      };
      for (const form of chosen) push(form, 'forms');
      const base = chosen[Math.floor(random() * chosen.length)] ?? value.value;
      const applicable = Object.entries(EVASIONS).flatMap(([name, evade]) => {
        const evaded = evade(base);
        return evaded && evaded !== base ? [[name, evaded] as const] : [];
      });
      for (const [name, evaded] of sample(applicable, EVASIONS_PER_VALUE, random))
        push(evaded, 'evasion', name);
    }
    cases.push(...pairsOf(persona, random));
    controls.push(...controlsOf(persona, random, all));
  }
  return { personas, cases, controls };
}
