import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Simulator- and git-backed suites spawn servers and processes; two cores, so keep it modest.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
