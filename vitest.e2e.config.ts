import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: the real app in-process on a local port, driven by Debian's
 * Chromium through playwright-core. One file at a time: every file starts its own app and
 * browsers, and the machine has two cores.
 */
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/e2e/**/*.e2e.test.{ts,tsx}'],
    // The catalog of UI text, so tests that translate without building the app find every key.
    setupFiles: ['./src/catalog.ts'],
    // One migrated embedded database, dumped once; every test's PGlite starts from it.
    globalSetup: ['./tests/support/pglite-snapshot.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    // Timeouts only catch a hang (see vitest.config.ts): generous for a busy machine.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
  },
});
