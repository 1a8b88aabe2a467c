/**
 * A typed buffer twice as long holding the first `used` entries of `buffer`: the buffers the privacy
 * stage keeps between calls (runs, stretches, blanked placeholders) grow this way when a text needs more.
 */
export function grown(buffer: Int32Array, used = buffer.length): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(2 * buffer.length);
  bigger.set(used === buffer.length ? buffer : buffer.subarray(0, used));
  return bigger;
}
