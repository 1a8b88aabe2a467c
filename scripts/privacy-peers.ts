/** Off-the-shelf redactors (dev dependencies) run on the same requests as CoGenesis in eval-privacy. */
import { OpenRedaction } from '@openredaction/openredaction';
import nlp from 'compromise';
import { SyncRedactor } from 'redact-pii';

export interface Peer {
  name: string;
  redact(text: string): string;
}

const redactPii = new SyncRedactor();
const openRedaction = new OpenRedaction();

export const peers: Peer[] = [
  { name: 'redact-pii', redact: (text) => redactPii.redact(text) },
  { name: '@openredaction/openredaction', redact: (text) => openRedaction.detect(text).redacted },
  {
    // compromise is a tagger, not a redactor: its people, places and organisations are replaced.
    name: 'compromise (people, places, organisations)',
    redact: (text) => {
      const doc = nlp(text);
      doc.match('(#Person|#Place|#Organization)+').replaceWith('[REDACTED]');
      return doc.text();
    },
  },
];
