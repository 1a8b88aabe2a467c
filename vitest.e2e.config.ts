import { defineConfig } from 'vitest/config';

/** End-to-end: the built extension in Debian's Chromium. One file at a time (one browser each). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // expect.poll's default (1 s) is a fixed deadline a loaded machine can miss: poll for conditions the
    // browser reaches in milliseconds when idle, with room for a two-core CI machine under load.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    // Builds the tiny real models (tests/models/tiny.ts) once per run, before the first spec.
    globalSetup: ['tests/models/global-setup.ts'],
  },
});
