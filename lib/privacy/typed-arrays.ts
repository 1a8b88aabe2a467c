/**
 * `array` copied into a new array of its kind, `size` long: how the phone scan's buffers, reused across
 * calls, grow when a text needs more room (rarely: each doubles).
 */
export function grownTo<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (length: number) => T)(size);
  grown.set(array);
  return grown;
}
