export type AuditStatus = 'sent' | 'failed';

/** One request that left the device. Holds the exact payload, which passed the outbound guard. */
export interface AuditEntry {
  id?: number;
  time: number;
  site: string;
  endpoint: string;
  model: string;
  /** sketch: outline request; draft: redacted-cloud draft; logit: one round of logit mode; probe: Test connection. */
  purpose: 'sketch' | 'draft' | 'logit' | 'probe';
  /** The exact messages sent. */
  payload: unknown;
  withheld: number;
  status: AuditStatus;
  /** Error code when status is 'failed'. */
  error?: string;
}
