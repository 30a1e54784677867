import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceConditions } from '../../scripts/lib/source-conditions.mjs';

/** The fixed port the README gives for `npm start`. */
export const DEMO_PORT = 4173;

export default defineConfig({
  plugins: [react()],
  // Workspace packages are bundled from their TypeScript source: building the demo never needs built libraries.
  resolve: { conditions: sourceConditions },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { port: DEMO_PORT, host: '127.0.0.1' },
  preview: { port: DEMO_PORT, strictPort: true, host: '127.0.0.1' },
});
