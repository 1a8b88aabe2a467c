import { defineConfig } from 'vitest/config';

/** End-to-end in Firefox ESR: the e2e Firefox build, driven over WebDriver BiDi. One file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Waits on conditions Firefox reaches in milliseconds when idle, with room for a loaded CI machine.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    // Builds the tiny real models (tests/models/tiny.ts) once per run, before the first spec.
    globalSetup: ['tests/models/global-setup.ts'],
  },
});
