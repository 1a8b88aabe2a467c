import type { ContextData } from '../context/types';
import type { FormsIndex } from './forms/types';

/** Placeholder kinds. A placeholder reads `[KIND_n]`. */
export const PII_KINDS = [
  'PERSON',
  'ORG',
  'LOCATION',
  'ADDRESS',
  'PHONE',
  'EMAIL',
  'DATE',
  'NUMBER',
  'MONEY',
  'ID',
  'URL',
  'MEDICAL',
  'PRIVATE',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export function isPiiKind(value: string): value is PiiKind {
  return (PII_KINDS as readonly string[]).includes(value);
}

/** Whether text[start, end) is a PII kind: isPiiKind read from the text, with no string cut for it. */
export function isPiiKindAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  for (const kind of PII_KINDS) {
    if (kind.length !== length) continue;
    let same = true;
    for (let i = 0; same && i < length; i++) same = kind.charCodeAt(i) === text.charCodeAt(start + i);
    if (same) return true;
  }
  return false;
}

/** A detected private span of the scanned text. */
export interface Span {
  start: number;
  end: number;
  kind: PiiKind;
  /** Why it was detected, shown to the user: "profile: name", "fact 3", "pattern: e-mail", "your selection". */
  source: string;
  /**
   * Higher wins ties between overlapping spans of equal length: the rank of the detector that found
   * it, derived from its role (detectorPriority), never chosen by the detector.
   */
  priority: number;
}

/** What a detector finds: a span before detect.ts ranks it by the detector's role. */
export type Finding = Omit<Span, 'priority'>;

/** The user's context, pre-processed once for fast scanning. Built by preparePrivacy. */
export interface PreparedContext {
  readonly context: ContextData;
  /** Known private values and their salient parts: every one must be caught by redact and by the guard. */
  readonly known: readonly KnownValue[];
  /** `known`, indexed by first word for a single pass over the text. */
  readonly index: KnownIndex;
  /** Numbers and money, dates, phones, e-mails and codes, matched in any typed form (forms/). */
  readonly forms: FormsIndex;
}

export interface KnownValue {
  value: string;
  kind: PiiKind;
  source: string;
  /**
   * Match only where the text capitalises it: a name part that is also an ordinary word ("Will",
   * "Rose") must not hide every "will" of the instruction. Whole values never set this.
   */
  requireCapital?: boolean;
}

/** A known value as words in comparison form (see normalize.ts). */
export interface KnownEntry {
  words: readonly string[];
  kind: PiiKind;
  source: string;
  requireCapital: boolean;
}

export interface KnownIndex {
  byFirstWord: ReadonlyMap<string, readonly KnownEntry[]>;
  /** Known phone numbers as digits only, compared on their national significant tail. */
  phones: readonly { digits: string; kind: PiiKind; source: string }[];
  /** Known values in scripts without spaces (Chinese, Japanese, Thai…), matched inside runs of text. */
  spaceless: readonly { text: string; kind: PiiKind; source: string }[];
}

/** The user's decisions in the review panel. */
export interface PrivacyPolicy {
  /** Original values the user chose to send as they are. */
  released: readonly string[];
  /** Extra values the user selected to withhold. */
  extra: readonly string[];
}

export const EMPTY_POLICY: PrivacyPolicy = { released: [], extra: [] };

/**
 * A detector: one small single-purpose stage (STYLE 13). Its role says how sure it is: the outbound
 * guard runs every role except `heuristic` (a guess about names must not stop a send the user made).
 */
export interface Detector {
  readonly id: string;
  readonly role: DetectorRole;
  /** Within its role, ranks above the role's other detectors by this much (default 0, less than 1). */
  readonly rankInRole?: number;
  detect(text: string, prepared: PreparedContext, policy: PrivacyPolicy): Finding[];
}

export type DetectorRole = 'user' | 'known' | 'pattern' | 'heuristic';

/** How sure each role is, so which of two equally long overlapping spans wins: the user, then their context. */
const ROLE_PRIORITY: Record<DetectorRole, number> = { user: 4, known: 3, pattern: 2, heuristic: 1 };

/**
 * The priority of every span `detector` finds (Span.priority): twice the role's rank plus twice the
 * rank within it, so a whole number for known-forms' half step too. A fraction in one span made the
 * field a double in every span's shape, and V8 then gives each span a number box of its own: 16 bytes
 * more per span, allocated and, mid-request, copied by every scavenge. Only the order counts.
 */
export function detectorPriority(detector: Detector): number {
  const priority = 2 * (ROLE_PRIORITY[detector.role] + (detector.rankInRole ?? 0));
  // 2 * 3.5 is 7 held as a double: `| 0` makes it a small integer (exactly, being whole).
  return Number.isInteger(priority) ? priority | 0 : priority;
}

export interface Redaction {
  placeholder: string;
  kind: PiiKind;
  source: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The original text. Stays on the device (panel and engine host only). */
  original: string;
}

/** Placeholder → original value, for one job. */
export type Vault = Record<string, string>;

export interface RedactionResult {
  outbound: string;
  redactions: Redaction[];
  vault: Vault;
}

export type GuardResult =
  { ok: true } | { ok: false; found: { kind: PiiKind | 'ERROR'; source: string; text: string }[] };
