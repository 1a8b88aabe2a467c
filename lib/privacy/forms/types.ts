import type { PiiKind } from '../types';

/** Where a stored value came from, and what it is: the span a typed form of it becomes. */
export interface FormEntry {
  kind: PiiKind;
  /** "profile: salary", "fact 3". */
  source: string;
}

/** A calendar day as typed or stored; the year when given (two-digit years compare mod 100). */
export interface DayReading {
  month: number;
  day: number;
  year?: number;
  /** The year was written with two digits. */
  shortYear?: boolean;
}

/** A stored phone number: all its digits; looked up by its last seven. */
export interface StoredPhone extends FormEntry {
  digits: string;
}

/**
 * The user's values in comparison form, one table per kind, built once per prepared context. Every
 * lookup is a hash probe, so matching costs the same with 5 facts or 500.
 */
export interface FormsIndex {
  /** Amount in hundredths → entries (money, or numbers of 4+ digits). */
  amounts: ReadonlyMap<number, readonly FormEntry[]>;
  /**
   * Whole parts a typed reading may have and still be a stored amount: Math.floor(v / 100) ± 2 of
   * every stored value v (`plain`), and Math.floor(v / (100 · scale)) ± 2 at every multiplier's scale
   * (`scaled`, forms/numbers SCALES). A reading whose whole part is not there is no stored amount,
   * and is not read on.
   */
  amountWholes: { plain: ReadonlySet<number>; scaled: ReadonlySet<number> };
  /** "month-day" → entries with their year when stored. */
  dates: ReadonlyMap<string, readonly (FormEntry & { year?: number })[]>;
  /** Last seven digits → stored phones. */
  phones: ReadonlyMap<string, readonly StoredPhone[]>;
  /** Lower-case address → entry. */
  emails: ReadonlyMap<string, FormEntry>;
  /** The labels of the stored addresses' domains ("example" of aisling@example.org): a text holding
   * none of them cannot hold a stored address, however it is written. */
  emailDomains: readonly string[];
  /** Code in compact form (upper case, letters and digits only) → entry. */
  codes: ReadonlyMap<string, FormEntry>;
  /** Every leading part of a stored code, so a typed run stops being joined as soon as none fits. */
  codePrefixes: ReadonlySet<string>;
}
