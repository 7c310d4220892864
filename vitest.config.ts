import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    // The CLI tests spawn real processes; 2 cores are plenty for 2 workers.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
