import { defineConfig } from 'vitest/config';
import { sourceConditions, sourceSsrConditions } from '../../scripts/lib/source-conditions.mjs';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceSsrConditions } },
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
