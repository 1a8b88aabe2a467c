import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Generous deadlines: a two-core CI machine under load runs CPU-bound tests (fast-check properties,
    // real llama.cpp) many times slower than an idle laptop; speed targets live in the benches.
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000, interval: 20 } },
    // Builds the tiny real models (tests/models/tiny.ts) once per run, before the workers start.
    globalSetup: ['tests/models/global-setup.ts'],
  },
});
