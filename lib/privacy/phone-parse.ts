/**
 * parsePhoneNumber(text, country) followed by isPossible() and isValid(), as libphonenumber-js 1.13
 * computes them (parse.js v2 and its helpers: extractCountryCallingCode, stripIddPrefix,
 * extractCountryCallingCodeFromInternationalNumberWithoutPlusSign, extractNationalNumber,
 * getCountryByCallingCode, checkNumberLength, getNumberType), step by step, for any default country
 * and any calling code, reading the metadata once per plan (phone-numbering.ts). The library pays a
 * regular-expression compilation per pattern check and a Metadata per helper call; this copy pays
 * neither, so a candidate costs a few cached matches (~0.6 µs against the library's 7-10). Where
 * the copy does not apply (phone-parse-input.ts: RFC 3966 contexts, non-ASCII digits or "+"; a
 * plan without possible lengths; anything that throws) it answers LIBRARY and the caller asks the
 * library. Property-tested against the library over generated candidates
 * (tests/unit/privacy/phone-parse.test.ts).
 * Licence: the copied logic is libphonenumber-js's (MIT, (c) 2016 catamphetamine).
 */
import {
  checkLength,
  countriesOf,
  hasCallingCode,
  hasCountry,
  hasNumberType,
  MAX_LENGTH_FOR_NSN,
  MIN_LENGTH_FOR_NSN,
  planOf,
  type PlanView,
} from './phone-numbering';
import { LIBRARY, parseInput } from './phone-parse-input';

export { LIBRARY } from './phone-parse-input';

const MAX_LENGTH_COUNTRY_CODE = 3;
const FIRST_DIGIT = /([0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9])/;

/** A number that parsed, is possible and is valid: its extension (PhoneNumber.ext). */
export interface ValidParse {
  ext: string | undefined;
}

/** parseIncompletePhoneNumber on text without non-ASCII digits: ASCII digits, and "+" only first. */
function parseIncomplete(text: string): string {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) result += text[i];
    else if (c === 0x2b && !result) result = '+';
  }
  return result;
}

/** extractNationalNumberFromPossiblyIncompleteNumber's national number. */
function stripNationalPrefix(number: string, plan: PlanView): string {
  if (!number || !plan.prefix) return number;
  const m = plan.prefix.exec(number);
  if (!m) return number;
  const groups = m.length - 1;
  const hasGroups = groups > 0 && m[groups];
  if (plan.transformRule && hasGroups) return number.replace(plan.prefix, plan.transformRule);
  return number.slice(m[0].length);
}

/** getCountryByNationalNumber over the countries of a shared calling code. */
function countryByNationalNumber(nationalNumber: string, countries: readonly string[]): string | undefined {
  for (const country of countries) {
    const plan = planOf(country);
    if (plan.leading) {
      if (nationalNumber && plan.leading.test(nationalNumber)) return country;
    } else if (hasNumberType(nationalNumber, plan)) return country;
  }
  return undefined;
}

function countryByCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  const countries = countriesOf(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  return countryByNationalNumber(nationalNumber, countries);
}

/** extractNationalNumber(number, undefined, metadata with `plan` selected): the national number. */
function extractNationalNumber(number: string, plan: PlanView): string {
  const nationalNumber = stripNationalPrefix(number, plan);
  if (nationalNumber === number) return number;
  // shouldHaveExtractedNationalPrefix
  if (plan.national.test(number) && !plan.national.test(nationalNumber)) return number;
  if (plan.possibleLengths) {
    const country = countryByCallingCode(plan.callingCode, nationalNumber);
    const length = checkLength(nationalNumber, country ? planOf(country) : plan);
    if (length === 'TOO_SHORT' || length === 'INVALID_LENGTH') return number;
  }
  return nationalNumber;
}

/** stripIddPrefix(number, country): the number after the country's IDD, or undefined. */
function stripIdd(number: string, country: string): string | undefined {
  const idd = planOf(country).idd;
  const m = idd.exec(number);
  if (!m || m.index !== 0) return undefined;
  const rest = number.slice(m[0].length);
  if (FIRST_DIGIT.exec(rest)?.[1] === '0') return undefined;
  return rest;
}

interface CallingCodeSplit {
  callingCode?: string;
  number?: string;
}

/** extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, undefined, country). */
function callingCodeWithoutPlus(number: string, country: string): CallingCodeSplit {
  const plan = planOf(country);
  const callingCode = plan.callingCode;
  if (!number.startsWith(callingCode)) return { number };
  const shorter = number.slice(callingCode.length);
  const shorterNational = extractNationalNumber(shorter, plan);
  const national = extractNationalNumber(number, plan);
  if (
    (!plan.national.test(national) && plan.national.test(shorterNational)) ||
    checkLength(national, plan) === 'TOO_LONG'
  )
    return { callingCode, number: shorter };
  return { number };
}

/** extractCountryCallingCode(number, undefined, country). */
function extractCallingCode(digits: string, country: string): CallingCodeSplit {
  if (!digits) return {};
  let number = digits;
  if (number[0] !== '+') {
    const withoutIdd = stripIdd(number, country);
    if (withoutIdd && withoutIdd !== number) number = '+' + withoutIdd;
    else return callingCodeWithoutPlus(number, country);
  }
  if (number[1] === '0') return {};
  for (let i = 2; i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length; i++) {
    const callingCode = number.slice(1, i);
    if (hasCallingCode(callingCode)) return { callingCode, number: number.slice(i) };
  }
  return {};
}

/** PhoneNumber.isPossible() and isValid() of the parsed number; undefined where the library throws. */
function possibleAndValid(
  callingCode: string,
  country: string | undefined,
  nationalNumber: string,
): boolean | undefined {
  const plan = planOf(country || callingCode);
  // isPossible: without possible lengths it is true for a non-geographic code and throws otherwise.
  if (!plan.possibleLengths) return undefined;
  if (checkLength(nationalNumber, plan) !== 'IS_POSSIBLE') return false;
  return plan.hasTypes ? hasNumberType(nationalNumber, plan) : plan.national.test(nationalNumber);
}

function parseValidOrLibrary(text: string, defaultCountry: string): ValidParse | null | typeof LIBRARY {
  if (!hasCountry(defaultCountry)) return LIBRARY;
  const input = parseInput(text);
  if (input === null || input === LIBRARY) return input;
  // parse.js parsePhoneNumber
  const split = extractCallingCode(parseIncomplete(input.number), defaultCountry);
  let callingCode = split.callingCode;
  const number = split.number;
  let country: string | undefined;
  if (!callingCode) {
    if (!number) return null; // no numbering plan selected: INVALID_COUNTRY
    country = defaultCountry;
    callingCode = planOf(defaultCountry).callingCode;
  }
  if (!number) return null; // TOO_SHORT
  const nationalNumber = extractNationalNumber(number, planOf(country ?? callingCode));
  country = countryByCallingCode(callingCode, nationalNumber) ?? country;
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN) return null;
  const valid = possibleAndValid(callingCode, country, nationalNumber);
  if (valid === undefined) return LIBRARY;
  return valid ? { ext: input.ext } : null;
}

/**
 * What parsePhoneNumber(text, defaultCountry) gives when isPossible() and isValid() hold (its
 * extension), null when it gives nothing or a number that is not both, LIBRARY where this copy
 * does not apply.
 */
export function parseValidNumber(text: string, defaultCountry: string): ValidParse | null | typeof LIBRARY {
  try {
    return parseValidOrLibrary(text, defaultCountry);
  } catch {
    return LIBRARY;
  }
}
