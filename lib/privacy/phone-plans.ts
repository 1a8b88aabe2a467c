/**
 * What libphonenumber-js accepts as a valid national significant number (NSN), and what it strips
 * before one, taken from its own metadata (no hand-written country rules), for phone-candidates.ts.
 * A parsed number is kept (leniency VALID) when PhoneNumber.isPossible and isValid hold for the
 * country it resolves to, which is one of the countries sharing its calling code: the NSN's length
 * is one of that plan's possible lengths, the general pattern matches it entirely, and (when the
 * plan lists types) so does a type pattern whose own lengths allow it (getNumberType).
 */
import { Metadata } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/min/metadata';
import { MAX_LENGTH_FOR_NSN, MIN_LENGTH_FOR_NSN, NUMBER_TYPES } from './phone-numbering';
import type { PhoneCountry } from './phone-windows';

/** The plan methods used here (present at runtime; the library's typings list only some). */
interface Plan {
  callingCode(): string;
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  possibleLengths(): number[] | undefined;
  hasTypes(): boolean;
  leadingDigits(): string | undefined;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/**
 * The default countries (phone-windows.ts's COUNTRIES), in the order that gives each its bit in a
 * country mask (1 << index): phone-windows.ts and phone-candidates.ts pass sets of them as masks.
 */
export const MASK_COUNTRIES: readonly PhoneCountry[] = ['US', 'GB', 'IN'];

const PLAIN_DIGITS = /^[0-9]+$/;

export interface CodeRules {
  /** National prefixes parsing may strip from the front of the number (plain digit strings). */
  prefixes: readonly string[];
  /** NSN lengths, ascending, each with an entire match of a valid NSN of that length in some
   * country of the calling code. */
  lengths: readonly (readonly [number, RegExp])[];
  /** False where the metadata needs something not modelled here: the caller must let the library read. */
  modelled: boolean;
}

export interface CountryRules {
  /** The default country's calling code: a national number may start with it (no "+"). */
  callingCode: string;
  /** The default country's international prefix (plain digits when modelled). */
  idd: string;
  /** Its calling code's rules, with the default country's own national prefixes added. */
  national: CodeRules;
}

function planOf(selector: string): Plan | undefined {
  const m = new Metadata() as unknown as { selectNumberingPlan(s: string): void; numberingPlan?: Plan };
  try {
    m.selectNumberingPlan(selector);
  } catch {
    return undefined;
  }
  return m.numberingPlan;
}

/** What isPossible and isValid accept for one plan at one NSN length, as a pattern (or nothing). */
function validAt(plan: Plan, n: number): string | undefined {
  if (!(plan.possibleLengths() ?? []).includes(n)) return undefined;
  const general = `(?:${plan.nationalNumberPattern()})`;
  if (!plan.hasTypes()) return general;
  const types = NUMBER_TYPES.flatMap((name) => {
    const t = plan.type(name);
    const lengths = t?.possibleLengths();
    if (!t?.pattern() || (lengths && !lengths.includes(n))) return [];
    return [`(?:${t.pattern()})`];
  });
  return types.length ? `(?=${general}$)(?:${types.join('|')})` : undefined;
}

/**
 * "0|180020" (GB): an alternation of plain digit strings strips one of them, so each is tried;
 * undefined when the prefix is any other regular expression (not modelled).
 */
function plainPrefixes(plan: Plan): string[] | undefined {
  const source: unknown = plan.nationalPrefixForParsing();
  if (!source) return [];
  if (typeof source !== 'string') return undefined;
  const alternatives = source.split('|');
  return alternatives.every((p) => PLAIN_DIGITS.test(p)) ? alternatives : undefined;
}

/**
 * getCountryByNationalNumber resolves a shared calling code to the first country whose leading
 * digits start the NSN, or (without leading digits) that the NSN is valid in; failing all, the
 * number keeps the default country (national form) or the code's main one. So a country with
 * leading digits other than those two counts only for NSNs those digits start.
 */
function resolvable(plan: Plan, country: string, fallbacks: readonly string[], valid: string): string {
  const leading: unknown = plan.leadingDigits();
  if (!leading || fallbacks.includes(country)) return valid;
  return typeof leading === 'string' ? `(?=${leading})${valid}` : valid;
}

function codeRulesOf(callingCode: string, extra: readonly Plan[], defaultCountry?: string): CodeRules {
  const group = (metadata.country_calling_codes as Record<string, string[] | undefined>)[callingCode] ?? [];
  const found = group.map(planOf);
  const plans = found.filter((p): p is Plan => !!p);
  const main = planOf(callingCode);
  const fallbacks = [group[0] ?? '', defaultCountry ?? ''];
  const valid = new Map<number, RegExp>();
  for (let n = MIN_LENGTH_FOR_NSN; n <= MAX_LENGTH_FOR_NSN; n++) {
    const alternatives = found.flatMap((p, k) => {
      const at = p && validAt(p, n);
      return at ? [resolvable(p, group[k] ?? '', fallbacks, at)] : [];
    });
    if (alternatives.length) valid.set(n, new RegExp(`^(?:${alternatives.join('|')})$`));
  }
  // Parsing strips with the main plan of the calling code (or the default country's, for a national
  // number); a transform rule could add digits, which this does not model.
  const strippers = main ? [main, ...extra] : [];
  const prefixes = strippers.map(plainPrefixes);
  const modelled =
    group.length > 0 &&
    plans.length === group.length &&
    // Without possible lengths isPossible accepts any length, which validAt does not model.
    plans.every((p) => (p.possibleLengths()?.length ?? 0) > 0) &&
    strippers.length > 0 &&
    strippers.every((p) => !p.nationalPrefixTransformRule()) &&
    prefixes.every((p) => p !== undefined);
  return {
    prefixes: [...new Set(prefixes.flat().filter((p): p is string => !!p))],
    lengths: [...valid].sort((a, b) => a[0] - b[0]),
    modelled,
  };
}

const possibleByCode = new Map<string, readonly number[] | null>();
/**
 * Every national number length some country of a calling code can have (what isPossible reads, over
 * the code's countries), ascending; null where one of them lists none (isPossible then takes any).
 */
export function possibleLengths(callingCode: string): readonly number[] | null {
  let lengths = possibleByCode.get(callingCode);
  if (lengths === undefined) {
    const group = (metadata.country_calling_codes as Record<string, string[] | undefined>)[callingCode] ?? [];
    const listed = group.map((country) => planOf(country)?.possibleLengths());
    lengths = listed.every((l) => l && l.length > 0)
      ? [...new Set(listed.flatMap((l) => l ?? []))].sort((a, b) => a - b)
      : null;
    possibleByCode.set(callingCode, lengths);
  }
  return lengths;
}

const byCode = new Map<string, CodeRules>();
/** The rules of a calling code written with "+" or after an IDD (any code the metadata knows). */
export function codeRules(callingCode: string): CodeRules {
  let r = byCode.get(callingCode);
  if (!r) byCode.set(callingCode, (r = codeRulesOf(callingCode, [])));
  return r;
}

const known = new Metadata() as unknown as { hasCallingCode(digits: string): boolean | undefined };
/** Whether the metadata knows this calling code (extractCountryCallingCode takes the shortest known). */
const callingCodes = new Map<string, boolean>();
export function isCallingCode(digits: string): boolean {
  let answer = callingCodes.get(digits);
  if (answer === undefined) callingCodes.set(digits, (answer = !!known.hasCallingCode(digits)));
  return answer;
}

/** First index of each code length in AT_CODE: 1-digit codes at 0-9, 2-digit at 10-109, 3-digit at 110-1109. */
const CODE_BASE = [0, 0, 10, 110];
/** Per code length and value (CODE_BASE), the rules of that calling code (null: not a known code;
 * undefined: not looked up yet). startsIn asks this for 1-3 digits at every international start:
 * one slice and two map lookups per length were most of its own time. */
const AT_CODE: (CodeRules | null | undefined)[] = new Array<CodeRules | null | undefined>(1110).fill(
  undefined,
);
/**
 * codeRules of the calling code written with `length` digits (1-3, no leading "0") of value `value`,
 * or null when isCallingCode says no such code is known: the same answers, keyed by a number.
 */
export function codeRulesAt(length: number, value: number): CodeRules | null {
  const index = (CODE_BASE[length] ?? 0) + value;
  let r = AT_CODE[index];
  if (r === undefined) {
    const code = String(value);
    AT_CODE[index] = r = code.length === length && isCallingCode(code) ? codeRules(code) : null;
  }
  return r;
}

/** countryRules of each MASK_COUNTRIES entry, by index. */
let byMask: readonly CountryRules[] | undefined;
export const maskRules = (): readonly CountryRules[] => (byMask ??= MASK_COUNTRIES.map(countryRules));

const byCountry = new Map<PhoneCountry, CountryRules>();
export function countryRules(country: PhoneCountry): CountryRules {
  let r = byCountry.get(country);
  if (r) return r;
  const own = planOf(country);
  const idd = own?.IDDPrefix() ?? '';
  const national = own
    ? codeRulesOf(own.callingCode(), [own], country)
    : { prefixes: [], lengths: [], modelled: false };
  r = {
    callingCode: own?.callingCode() ?? '',
    idd,
    national: { ...national, modelled: national.modelled && PLAIN_DIGITS.test(idd) },
  };
  byCountry.set(country, r);
  return r;
}
