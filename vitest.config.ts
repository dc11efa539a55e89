import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable summary too (see .ci/run), so it can print one plain closing line.
const summaryFile = process.env['VITEST_SUMMARY_FILE'];

export default defineConfig({
  test: {
    reporters: summaryFile ? ['default', ['json', { outputFile: summaryFile }]] : ['default'],
    include: ['tests/**/*.test.ts'],
    // Tests spawn the real `culture-index` binary, which runs the built bundle: build it from the
    // sources under test first, so a stale dist/ is never what gets tested.
    globalSetup: ['tests/support/build-cli.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores on CI machines: keep parallelism modest so servers in tests are not starved.
    maxWorkers: 2,
    pool: 'forks',
  },
});
