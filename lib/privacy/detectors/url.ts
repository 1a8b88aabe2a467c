import type { Detector, Finding } from '../types';
import { anchoredMatches, asciiRun, WORD_CHARS } from '../anchored-matches';
import { allMatches } from '../pattern-gates';
import { isWellKnown } from '../words';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/gi;
// A bare domain such as "acme-widgets.com" or "news.lumen.com": a name (after any subdomains) plus a
// common top-level domain. An "@" with nothing before it ("from @blacksunplc.com") opens a domain;
// one after an address's local part is the e-mail detector's.
const TLD =
  '(?:com|org|net|io|co|ai|app|dev|info|biz|me|edu|gov|uk|us|ca|de|fr|in|au|es|it|nl|ch|se|jp|cn|ru|br|paris|shop|store|online|site)';
const DOMAIN_SOURCE = `(?<![\\w.-])(?<![\\w.%+-]@)(?:[a-z0-9][a-z0-9-]*\\.)*([a-z0-9][a-z0-9-]*)\\.${TLD}(?:\\.[a-z]{2})?(?:\\/[^\\s<>"']*)?(?![\\w-])`;
const DOMAIN = new RegExp(DOMAIN_SOURCE, 'iy');
// Every domain holds "." and a top-level domain followed by neither a word character nor "-" (the
// end, ".uk", a path's "/"), and from its start up to that dot only [\w.-], where the character before
// its start is none of those: only runs of [\w.-] holding such a dot are tried (anchored-matches.ts).
const TLD_DOT = new RegExp(`\\.${TLD}(?![\\w-])`, 'gi');
const DOMAIN_RUN = asciiRun(`${WORD_CHARS}.-`);
/**
 * URLs and bare domains. A link's path, query or fragment usually names a person, an account or a
 * token, and a little-known domain names an organisation, so both are withheld; a famous site's bare
 * address ("youtube.com") stays.
 */
export const urlDetector: Detector = {
  id: 'url',
  role: 'pattern',
  detect: (text) => {
    const spans: Finding[] = [];
    for (const m of allMatches(text, URL_RE))
      spans.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'URL',
        source: 'pattern: URL',
      });
    // Most requests hold no dot before a letter, so no domain: skip the scan (it runs on every request).
    if (!/\.[a-z]/i.test(text)) return spans;
    for (const m of anchoredMatches(text, TLD_DOT, DOMAIN_RUN, DOMAIN)) {
      const name = (m[1] ?? '').toLowerCase();
      const bare = !m[0].includes('/');
      if ((bare && isWellKnown(name)) || spans.some((s) => s.start <= m.index && m.index < s.end)) continue;
      spans.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'URL',
        source: 'pattern: web address',
      });
    }
    return spans;
  },
};
