/** Splits text into pieces of at most `size` characters (the stand-ins' "tokens"). */
export function splitChunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
