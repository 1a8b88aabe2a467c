import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Builds the tiny real models (tests/models/tiny.ts) once per run, before the workers start.
    globalSetup: ['tests/models/global-setup.ts'],
  },
});
