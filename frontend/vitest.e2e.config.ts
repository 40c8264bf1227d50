import { defineConfig } from 'vitest/config'

// Browser tests against a running app (DEBAN_E2E_URL); ./deban test runs them after the build.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', 'junit'],
    outputFile: { junit: 'target/e2e-junit.xml' },
  },
})
