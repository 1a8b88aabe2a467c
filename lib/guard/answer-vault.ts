import { storage } from 'wxt/utils/storage';
import type { Vault } from '../privacy/types';

/**
 * Placeholder → value of what Guard sent redacted, per site, so an AI answer that mentions
 * [PERSON_1] can be read in the panel with the value back. storage.session is memory only and closed
 * to content scripts (the background sets TRUSTED_CONTEXTS), so the page never sees it.
 */
const vaultsItem = storage.defineItem<Record<string, Vault>>('session:guardVaults', { fallback: {} });

export async function rememberSent(site: string, vault: Vault): Promise<void> {
  const all = await vaultsItem.getValue();
  // The review numbers on from this vault, so a placeholder keeps one meaning across messages.
  await vaultsItem.setValue({ ...all, [site]: { ...all[site], ...vault } });
}

export async function sentVault(site: string): Promise<Vault> {
  return (await vaultsItem.getValue())[site] ?? {};
}
