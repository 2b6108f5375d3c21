import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    // Each file opens its own PGlite (and PostgreSQL schema); two cores, so two at a time.
    // The catalog of UI text, so tests that translate without building the app find every key.
    setupFiles: ['./src/catalog.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // Timeouts only catch a hang: generous, so a busy shared machine slows tests without failing
    // them (no test asserts a timing). Tests do not set shorter ones of their own.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
