import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A real PostgreSQL for the store tests' second engine (DATABASE_URL, or one started from local binaries).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native hnswlib and PDF parsing are CPU-bound; two workers match the 2-core machines we run on.
    maxWorkers: 2,
  },
});
