import { DEFAULT_GGUF_MODEL, findGgufModel, type GgufModel } from '../../../models/gguf-catalog';
import { AppError } from '../../errors';
import { isLoopbackUrl } from '../loopback';

/**
 * The CPU engine's model from the settings: a catalog id, or the address of a GGUF file the user named
 * (https, or http on this machine: weights are data, but private drafts depend on them, so no plain
 * http across the network). Unset or '' is the catalog's default.
 */
export function resolveGgufModel(choice: string | undefined): GgufModel {
  const value = choice?.trim() || DEFAULT_GGUF_MODEL;
  const listed = findGgufModel(value);
  if (listed) return listed;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('settings-invalid', `Unknown CPU model ${value}.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url.href))) {
    throw new AppError(
      'settings-invalid',
      'A GGUF address must start with https:// (or http:// on this computer).',
    );
  }
  const file = url.pathname.split('/').pop() || url.host;
  return { id: url.href, label: file, downloadMB: 0, url: url.href, contextWindow: 2048, tokenizer: '' };
}
