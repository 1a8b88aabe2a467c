/**
 * vitest globalSetup: builds the tiny models once, before any worker starts, so parallel test files
 * find them cached. A failed build does not stop unrelated tests: the tests that need the models call
 * tinyModels() themselves and fail with the build's error.
 */
import { tinyModels } from './tiny';

export default async function setup(): Promise<void> {
  const started = Date.now();
  try {
    await tinyModels();
  } catch (error) {
    console.error(`The tiny test models could not be built: ${String(error)}`);
    return;
  }
  const seconds = (Date.now() - started) / 1000;
  if (seconds > 2) console.log(`Tiny test models built in ${seconds.toFixed(1)} s.`);
}
