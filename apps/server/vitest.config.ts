import { defineConfig } from 'vitest/config';
import { sourceConditions, sourceSsrConditions } from '../../vitest.shared';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceSsrConditions } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Each file boots one embedded PostgreSQL (a few seconds on a busy machine); tests inside reuse it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
