import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A real PostgreSQL for the store tests' second engine (DATABASE_URL, or one started from local binaries).
    globalSetup: ['test/global-setup.ts'],
    // Generous: process-level tests build real indexes in child processes, and a loaded 2-core machine runs them
    // several times slower; a timeout here is a hang guard, never a speed check.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Native hnswlib and PDF parsing are CPU-bound; two workers match the 2-core machines we run on.
    maxWorkers: 2,
  },
});
