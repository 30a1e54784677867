import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceConditions } from '../../scripts/lib/source-conditions.mjs';

/** The fixed port the README gives for `npm start`. */
export const DEMO_PORT = 4173;

export default defineConfig({
  plugins: [react()],
  // Workspace packages are bundled from their TypeScript source: building the demo never needs built libraries.
  resolve: { conditions: sourceConditions },
  // One bundle of ≈ 560 kB (≈ 170 kB gzip): React, TanStack Query, Radix, react-day-picker, the panel and the
  // 5,000-ticket generator. A demo loaded once has no use for code splitting, so the warning starts above that.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { port: DEMO_PORT, host: '127.0.0.1' },
  preview: { port: DEMO_PORT, strictPort: true, host: '127.0.0.1' },
});
