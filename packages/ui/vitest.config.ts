import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../../scripts/lib/source-conditions.mjs';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    setupFiles: ['./src/test/setup.ts'],
    // Dialogs, menus and axe in jsdom take a few seconds on a busy 2-core machine.
    testTimeout: 15_000,
  },
});
