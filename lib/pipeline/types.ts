import type { AuditWriter } from '../audit/types';
import type { ContextData } from '../context/types';
import type { TraceStep } from '../fusion/trace';
import type { CloudClient, LocalEngine } from '../engines/types';
import type { PreparedContext, PrivacyPolicy, Vault } from '../privacy/types';
import type { DraftMode } from '../settings/modes';

/** Which part of a job is running, for the panel's status line. */
export type JobStage = 'model' | 'cloud' | 'local';

export interface JobInput {
  mode: DraftMode;
  site: string;
  instruction: string;
  /** The text the user approved to leave the device: what every cloud mode may send. */
  outbound: string;
  policy: PrivacyPolicy;
  /** Placeholder → original as the user saw them; default: the instruction's redaction. */
  vault?: Vault;
  /**
   * The draft a follow-up revises (Sketch: given to the local model only, never to the cloud). Other
   * modes write afresh from the instruction, which carries the follow-up.
   */
  previous?: string;
  signal: AbortSignal;
}

/** Everything a variant needs from the environment, passed in so the pipeline is testable (STYLE 10). */
export interface JobDeps {
  context: ContextData;
  prepared: PreparedContext;
  /** Created lazily: a Local-only job never needs a cloud configuration. */
  cloud: () => CloudClient;
  local: () => LocalEngine;
  /** Where the egress writes each cloud request before it leaves, and its outcome after. */
  audit: AuditWriter;
  now: () => number;
}

export interface JobSink {
  stage(stage: JobStage, label: string): void;
  /** Loading or downloading the on-device model. */
  progress(fraction: number, text: string): void;
  sketch(delta: string): void;
  /** Logit mode: the fused steps of the draft, kept in case the user inserts it (opt-in traces). */
  trace?(steps: TraceStep[]): void;
  draft(delta: string): void;
}

export interface Variant {
  readonly mode: DraftMode;
  run(input: VariantInput, deps: JobDeps, sink: JobSink): Promise<string>;
}

/** What a variant runs on: the job's input with its vault built once, by run-job.ts. */
export interface VariantInput extends JobInput {
  /** Placeholder → original as the user saw them (job-vault.ts). */
  vault: Vault;
}
