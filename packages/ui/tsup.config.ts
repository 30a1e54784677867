import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'tsup';

/** Inlines the `@import './x.css';` lines of src/styles.css so the package ships ONE stylesheet. */
function bundleStyles(entry: string): string {
  const dir = path.dirname(entry);
  return readFileSync(entry, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_line, file: string) =>
    readFileSync(path.join(dir, file), 'utf8'),
  );
}

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // ESM is code-split (tsup's default for ESM): the panel's lazy parts (the ticket detail, the calendar) become chunks
  // a host's bundler can load on demand. CJS stays one file (esbuild's CJS splitting is experimental): there `import()`
  // becomes a `require` inside a resolved Promise, so the same code works, only without the deferred download.
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // The components use hooks and the DOM: mark the entry as client code for React Server Components hosts.
  banner: { js: '"use client";' },
  async onSuccess() {
    writeFileSync('dist/styles.css', bundleStyles('src/styles.css'));
  },
});
