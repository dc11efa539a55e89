import { configDefaults, defineConfig } from 'vitest/config';

// CI asks for a machine-readable summary too (see .ci/run), so it can print one plain closing line.
const summaryFile = process.env['VITEST_SUMMARY_FILE'];

// The fault-injection suites start hundreds of processes and load both cores: they run after
// every other test file has finished, so they never starve timing-sensitive tests.
const FAULT_INJECTION = 'tests/e2e/fault-injection*.test.ts';

export default defineConfig({
  test: {
    reporters: summaryFile ? ['default', ['json', { outputFile: summaryFile }]] : ['default'],
    // Tests spawn the real `culture-index` binary, which runs the built bundle: build it from the
    // sources under test first, so a stale dist/ is never what gets tested.
    globalSetup: ['tests/support/build-cli.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores on CI machines: keep parallelism modest so servers in tests are not starved.
    maxWorkers: 2,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'main', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, FAULT_INJECTION] } },
      { extends: true, test: { name: 'fault-injection', include: [FAULT_INJECTION], sequence: { groupOrder: 1 } } },
    ],
  },
});
