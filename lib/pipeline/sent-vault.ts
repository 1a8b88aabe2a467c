import { redact } from '../privacy';
import type { PreparedContext, Vault } from '../privacy/types';
import { restrictVault } from '../privacy/vault';
import type { JobInput } from './types';

/**
 * The job's vault: what each placeholder the user saw stands for, kept only for the placeholders the
 * final outbound text holds. A reply naming one the user deleted, or one never issued, stays a
 * placeholder, and the panel asks before it is inserted.
 */
export function sentVault(input: JobInput, prepared: PreparedContext): Vault {
  const seen = input.vault ?? redact(input.instruction, prepared, input.policy).vault;
  return restrictVault(seen, input.outbound);
}
