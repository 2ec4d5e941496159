import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that build SDK clients directly need their packages loaded (the commands load their own).
    setupFiles: ['test/support/aws-services.ts'],
    // The SDK warns about Node 20 on every client; the action itself runs on node24.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Generous timeouts: the machine has two cores and several suites may run side by side.
    // Simulator- and git-backed suites spawn servers and processes; two cores, so keep it modest.
    maxWorkers: 2,
    minWorkers: 1,
    // Under CI also a machine-readable result, which .ci/run turns into one closing line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
