import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // The components use hooks and the DOM: mark the entry as client code for React Server Components hosts.
  banner: { js: '"use client";' },
  async onSuccess() {
    copyFileSync('src/styles.css', 'dist/styles.css');
  },
});
