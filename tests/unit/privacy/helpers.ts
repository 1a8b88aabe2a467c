import type { ContextData } from '../../../lib/context/types';
import { EMPTY_POLICY, preparePrivacy, redact } from '../../../lib/privacy';
import type { Detector, PreparedContext } from '../../../lib/privacy';

export const EMPTY: PreparedContext = preparePrivacy({ version: 1, profile: {}, facts: [], samples: [] });

export function contextOf(profile: Record<string, string>, facts: string[] = []): ContextData {
  return { version: 1, profile, facts: facts.map((text) => ({ text })), samples: [] };
}

/** The substrings a detector finds in `text`. */
export function found(detector: Detector, text: string, prepared: PreparedContext = EMPTY): string[] {
  return detector.detect(text, prepared, EMPTY_POLICY).map((s) => text.slice(s.start, s.end));
}

export const outboundOf = (text: string, prepared: PreparedContext = EMPTY): string =>
  redact(text, prepared, EMPTY_POLICY).outbound;
