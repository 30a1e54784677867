import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react/jsx-runtime', '@tanstack/react-query', '@ticketkit/core'],
  // The hooks hold state and touch the History API: React Server Components must treat the entry as client code.
  banner: { js: '"use client";' },
});
