import { redactChecked } from '../privacy';
import type { PreparedContext, Vault } from '../privacy/types';
import { restrictVault } from '../privacy/vault';
import type { JobInput } from './types';

/**
 * The job's vault, built once per job (run-job.ts): what each placeholder the user saw stands for.
 * The panel sends the vault of the preview it showed; without one, the instruction's redaction.
 */
export function jobVault(input: JobInput, prepared: PreparedContext): Vault {
  return input.vault ?? redactChecked(input.instruction, prepared, input.policy).vault;
}

/**
 * Of the job's vault, only the placeholders the final outbound text holds. A reply naming one the user
 * deleted, or one never issued, stays a placeholder, and the panel asks before it is inserted.
 */
export function sentVault(vault: Vault, outbound: string): Vault {
  return restrictVault(vault, outbound);
}
