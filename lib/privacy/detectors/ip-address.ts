import { anchoredMatches, asciiRun, WORD_CHARS } from '../anchored-matches';
import { ipv4Starts, matchesAtRuns } from '../digit-run-starts';
import { hasAsciiDigit } from '../pattern-gates';
import type { Detector } from '../types';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
export const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d.]*\\d)`, 'g');
// IPV4 tried only at four runs of digits joined by full stops (digit-run-starts.ts).
const IPV4_AT = new RegExp(IPV4.source, 'y');
// Full or compressed IPv6; at least three colons (or "::"), so times such as 10:30:15 never match.
const IPV6 = /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/iy;
const isIpv6 = (s: string) => (s.match(/:/g)?.length ?? 0) >= 3 || (s.includes('::') && /[0-9a-f]/i.test(s));
// Tried only where a run of [\w:] holding a colon starts (anchored-matches.ts): an IPv6 candidate
// holds colons, and only hex digits and colons from its start to each, after none of [\w:].
const COLON = /:/g;
const IPV6_RUN = asciiRun(`${WORD_CHARS}:`);
// An address isIpv6 keeps holds "::" or three colons with at most four hex digits between each:
// a text without either (a log's 10:30:15 times) has none, whatever else the pattern would match.
export const IPV6_GATE = /::|:[0-9a-f]{0,4}:[0-9a-f]{0,4}:/i;

const COLON_CODE = 58;
const isHexCode = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
/** The colon that at most four hex digits after the colon at `at` lead to, or -1. */
function hexColonAfter(text: string, at: number): number {
  let k = at + 1;
  while (k <= at + 4 && isHexCode(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === COLON_CODE ? k : -1;
}
/**
 * IPV6_GATE.test(text), from the colons the native search finds: the regex, tried at every character,
 * cost 2 to 3 ns a character of a long text (run by redact and again by the guard).
 */
export function holdsIpv6Colons(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    const second = hexColonAfter(text, at);
    if (second === at + 1 || (second >= 0 && hexColonAfter(text, second) >= 0)) return true;
  }
  return false;
}
const ipv6 = (text: string) => anchoredMatches(text, COLON, IPV6_RUN, IPV6).filter((m) => isIpv6(m[0]));

/** IPv4 and IPv6 addresses. Version numbers ("v1.2.3") have three parts, so they survive. */
export const ipAddressDetector: Detector = {
  id: 'ip-address',
  role: 'pattern',
  detect: (text) =>
    // An IPv4 address is four numbers: a text without a digit has none (an IPv6 one may be letters).
    [
      ...(hasAsciiDigit(text) ? matchesAtRuns(text, IPV4_AT, ipv4Starts) : []),
      ...(holdsIpv6Colons(text) ? ipv6(text) : []),
    ].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'ID' as const,
      source: 'pattern: IP address',
    })),
};
