/**
 * The numbering-plan reads libphonenumber-js 1.13 makes while parsing (parse.js and its helpers),
 * for phone-parse.ts, with every regular expression compiled once. The library builds
 * `new RegExp('^(?:' + pattern + ')$')` on each matchesEntirely check, a new Metadata (a semver
 * comparison) on each helper call and a new NumberingPlan on each selectNumberingPlan: that, not
 * the matching, is most of a parse's cost. The values are read through the library's public
 * Metadata class (its own default metadata, the one parsePhoneNumber uses), never written here.
 * Licence: the copied logic is libphonenumber-js's (MIT, (c) 2016 catamphetamine).
 */
import { Metadata } from 'libphonenumber-js';

/** The NumberingPlan methods read here (present at runtime; the typings list only some). */
interface NumberingPlan {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
interface MetadataReads {
  numberingPlan?: NumberingPlan;
  selectNumberingPlan(selector: string): void;
  hasCountry(country: string): boolean;
  hasCallingCode(code: string): boolean | undefined;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
}

/** The library's bounds on a national significant number's length (constants.js). */
export const MIN_LENGTH_FOR_NSN = 2;
export const MAX_LENGTH_FOR_NSN = 17;

/** getNumberType's order: FIXED_LINE, then NON_FIXED_LINE_PHONE_TYPES (phone-plans.ts reads it too). */
export const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

/** One numbering plan as parsing reads it. */
export interface PlanView {
  callingCode: string;
  /** new RegExp(IDDPrefix()), as stripIddPrefix builds it (read only for a country's plan). */
  idd: RegExp;
  /** matchesEntirely's expression for the national number pattern. */
  national: RegExp;
  possibleLengths: readonly number[] | undefined;
  /** '^(?:' + nationalPrefixForParsing + ')', when the plan has one. */
  prefix: RegExp | undefined;
  transformRule: string | undefined;
  /** Whether the leading digits match at the number's start ('^(?:' + leadingDigits + ')'), when the
   * plan has them: the library's `search(leadingDigits) === 0` holds exactly then, and a search
   * tried every later offset of a number whose start fails (most NANP candidates, ~25 plans). */
  leading: RegExp | undefined;
  hasTypes: boolean;
  /** The types isNumberTypeEqualTo can match (a pattern), each with its possible lengths. */
  types: readonly { entire: RegExp; lengths: readonly number[] | undefined }[];
}

const metadata = new Metadata() as unknown as MetadataReads;

const entireCache = new Map<string, RegExp>();
/** matchesEntirely's regular expression, compiled once per pattern. */
function entire(pattern: string): RegExp {
  let re = entireCache.get(pattern);
  if (!re) entireCache.set(pattern, (re = new RegExp('^(?:' + pattern + ')$')));
  return re;
}

function viewOf(selector: string): PlanView {
  metadata.selectNumberingPlan(selector);
  const plan = metadata.numberingPlan;
  if (!plan) throw new Error('no numbering plan');
  const prefix = plan.nationalPrefixForParsing();
  const leading = plan.leadingDigits();
  const hasTypes = plan.hasTypes();
  const types = NUMBER_TYPES.flatMap((name) => {
    const t = hasTypes ? plan.type(name) : undefined;
    const pattern = t?.pattern();
    return t && pattern ? [{ entire: entire(pattern), lengths: t.possibleLengths() }] : [];
  });
  return {
    callingCode: plan.callingCode(),
    // An undefined IDD prefix gives /(?:)/ in the library too.
    idd: new RegExp(plan.IDDPrefix() as string),
    national: entire(plan.nationalNumberPattern()),
    possibleLengths: plan.possibleLengths(),
    prefix: prefix ? new RegExp('^(?:' + prefix + ')') : undefined,
    transformRule: plan.nationalPrefixTransformRule(),
    leading: leading ? new RegExp('^(?:' + leading + ')') : undefined,
    hasTypes,
    types,
  };
}

const views = new Map<string, PlanView>();
/** selectNumberingPlan(selector)'s plan: a country ("GB") or a calling code ("44"). */
export function planOf(selector: string): PlanView {
  let view = views.get(selector);
  if (!view) views.set(selector, (view = viewOf(selector)));
  return view;
}

const countries = new Map<string, boolean>();
export function hasCountry(country: string): boolean {
  let known = countries.get(country);
  if (known === undefined) countries.set(country, (known = metadata.hasCountry(country)));
  return known;
}

const callingCodes = new Map<string, boolean>();
export function hasCallingCode(code: string): boolean {
  let known = callingCodes.get(code);
  if (known === undefined) callingCodes.set(code, (known = !!metadata.hasCallingCode(code)));
  return known;
}

const countriesByCode = new Map<string, readonly string[] | null>();
/** getCountryCodesForCallingCode (undefined for a non-geographic code). */
export function countriesOf(code: string): readonly string[] | undefined {
  let countries = countriesByCode.get(code);
  if (countries === undefined)
    countriesByCode.set(code, (countries = metadata.getCountryCodesForCallingCode(code) ?? null));
  return countries ?? undefined;
}

export type LengthCheck = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

/** checkNumberLength(nationalNumber, undefined, plan): checkNumberLengthForType without a type. */
export function checkLength(nationalNumber: string, plan: PlanView): LengthCheck {
  const lengths = plan.possibleLengths;
  if (!lengths) return 'IS_POSSIBLE';
  const n = nationalNumber.length;
  // Comparisons with a missing length (an empty list) are false, as in the library.
  const min = lengths[0];
  if (min === n) return 'IS_POSSIBLE';
  if (min !== undefined && min > n) return 'TOO_SHORT';
  const max = lengths[lengths.length - 1];
  if (max !== undefined && max < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

// The last question hasNumberType answered: one parse asks the same one up to three times (the
// country of a shared calling code while stripping a national prefix, again once it is stripped, and
// isValid), each a test of the general pattern and the types' patterns.
let lastNumber = '';
let lastPlan: PlanView | undefined;
let lastAnswer = false;

/** Whether getNumberType gives a type (it is then never undefined): the general pattern and one
 * type's pattern match, that type's lengths allowing the number's. */
export function hasNumberType(nationalNumber: string, plan: PlanView): boolean {
  if (plan === lastPlan && nationalNumber === lastNumber) return lastAnswer;
  let answer = false;
  if (plan.national.test(nationalNumber))
    for (const t of plan.types)
      if ((!t.lengths || t.lengths.includes(nationalNumber.length)) && t.entire.test(nationalNumber)) {
        answer = true;
        break;
      }
  lastNumber = nationalNumber;
  lastPlan = plan;
  lastAnswer = answer;
  return answer;
}
