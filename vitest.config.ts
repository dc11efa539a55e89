import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores on CI machines: keep parallelism modest so servers in tests are not starved.
    maxWorkers: 2,
    pool: 'forks',
  },
});
