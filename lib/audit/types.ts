/**
 * 'sending': written before the request left, still open. 'interrupted': the engine host stopped while
 * it was open (the endpoint may have received it). 'sent' / 'failed': the request's outcome.
 * 'kept': Guard held a message and the user chose to edit it, so nothing was sent.
 */
export type AuditStatus = 'sending' | 'sent' | 'failed' | 'interrupted' | 'kept';

/**
 * sketch: outline request; draft: redacted-cloud draft; logit: one round of logit mode; probe: Test
 * connection; guard: a message Guard held on an AI chat site (its payload is a GuardAuditPayload).
 */
export type AuditPurpose = 'sketch' | 'draft' | 'logit' | 'probe' | 'guard';

/** The request line and the headers as sent; credentials replaced by a marker, never their value. */
export interface AuditRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** One request that left the device. Holds the exact body as sent, which passed the outbound guard. */
export interface AuditEntry {
  id?: number;
  time: number;
  site: string;
  endpoint: string;
  model: string;
  purpose: AuditPurpose;
  /** The exact request body as sent (parsed JSON): messages or prompt and every parameter. */
  payload: unknown;
  /** Absent on entries written before the egress module recorded the request line. */
  request?: AuditRequest;
  withheld: number;
  /** How many of each kind were withheld ({ PERSON: 2 }); never the values. Absent on older entries. */
  withheldKinds?: Record<string, number>;
  status: AuditStatus;
  /** Error code when status is 'failed'. */
  error?: string;
  /** When the outcome was known. */
  settledAt?: number;
  /** Characters of reply text received. */
  replyChars?: number;
}

export interface AuditOutcome {
  status: 'sent' | 'failed';
  error?: string;
  settledAt: number;
  replyChars?: number;
}

/** How the egress writes the log: an entry before the request leaves, its outcome after. */
export interface AuditWriter {
  begin(entry: AuditEntry): Promise<number>;
  settle(id: number, outcome: AuditOutcome): Promise<void>;
}
