import { defineConfig } from 'vitest/config';

// Real browsers with the built extension: one file at a time, generous timeouts, no DOM emulation.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
