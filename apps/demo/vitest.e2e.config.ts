import { defineConfig } from 'vitest/config';
import { sourceSsrConditions } from '../../scripts/lib/source-conditions.mjs';

// End-to-end tests: the built demo served by `vite preview`, driven in Debian's Chromium by playwright-core.
// The global setup builds, serves and launches ONE browser; each test gets a fresh context (fresh IndexedDB).
export default defineConfig({
  // The tests read the demo's seed data through @ticketkit/core's source, to know what the list must show.
  resolve: { conditions: sourceSsrConditions },
  ssr: { resolve: { conditions: sourceSsrConditions } },
  test: {
    name: 'demo-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    // One browser on a 2-core machine: files run one after another.
    fileParallelism: false,
    // One worker for every file: playwright-core is loaded once, and the stored-data reads are shared.
    isolate: false,
    testTimeout: 45_000,
    hookTimeout: 120_000,
  },
});
