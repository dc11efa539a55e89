import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable summary too (see .ci/run), so it can print one plain closing line.
const summaryFile = process.env['VITEST_SUMMARY_FILE'];

export default defineConfig({
  test: {
    reporters: summaryFile ? ['default', ['json', { outputFile: summaryFile }]] : ['default'],
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores on CI machines: keep parallelism modest so servers in tests are not starved.
    maxWorkers: 2,
    pool: 'forks',
  },
});
