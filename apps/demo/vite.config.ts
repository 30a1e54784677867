import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceConditions } from '../../scripts/lib/source-conditions.mjs';

/** The fixed port the README gives for `npm start`. */
export const DEMO_PORT = 4173;

export default defineConfig({
  plugins: [react()],
  // Workspace packages are bundled from their TypeScript source: building the demo never needs built libraries.
  resolve: { conditions: sourceConditions },
  // The entry is ≈ 360 kB (≈ 115 kB gzip): React, TanStack Query, the panel and the 5,000-ticket generator. The
  // panel's own lazy parts come as separate chunks: the ticket detail (≈ 9 kB gzip) and the date filter's calendar
  // (react-day-picker and date-fns, ≈ 20 kB gzip). The warning starts well above the entry, so it flags real growth.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { port: DEMO_PORT, host: '127.0.0.1' },
  preview: { port: DEMO_PORT, strictPort: true, host: '127.0.0.1' },
});
