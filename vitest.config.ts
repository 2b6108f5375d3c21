import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    // Each file opens its own PGlite (and PostgreSQL schema); two cores, so two at a time.
    // The catalog of UI text, so tests that translate without building the app find every key.
    setupFiles: ['./src/catalog.ts'],
    // One migrated embedded database, dumped once; every test's PGlite starts from it.
    globalSetup: ['./tests/support/pglite-snapshot.ts'],
    pool: 'forks',
    // Each of the two processes runs file after file without reloading the app's modules
    // (docs/decisions/055): importing the app and compiling PGlite's WebAssembly once per
    // process instead of once per file halves the suite's CPU time. Test files keep no state
    // in modules: each opens its own database and app, and puts back what it swaps.
    poolOptions: { forks: { maxForks: 2, minForks: 1, isolate: false } },
    // Timeouts only catch a hang: generous, so a busy shared machine slows tests without failing
    // them (no test asserts a timing). Tests do not set shorter ones of their own.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
