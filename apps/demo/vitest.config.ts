import { defineConfig } from 'vitest/config';
import { sourceSsrConditions } from '../../scripts/lib/source-conditions.mjs';

// Unit tests of the demo's own logic (data, persistence, switches) in Node. The end-to-end tests have their own
// config (vitest.e2e.config.ts) and run with `test:e2e`.
export default defineConfig({
  resolve: { conditions: sourceSsrConditions },
  ssr: { resolve: { conditions: sourceSsrConditions } },
  test: {
    name: 'demo',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
