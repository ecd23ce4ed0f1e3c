// Test projects: unit (pure rules, beside the code), api (HTTP on a real database, run once per
// engine by scripts/test.mjs) and e2e (real Chromium against a real server).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: '.',
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Drag and drop in a real browser can miss a beat on a loaded 2-core machine; one
          // retry keeps CI honest about real failures without failing on a slow frame.
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
