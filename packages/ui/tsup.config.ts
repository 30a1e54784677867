import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/** Inlines the `@import './x.css';` lines of src/styles.css so the package ships ONE stylesheet. */
function bundleStyles(entry: string): string {
  const dir = path.dirname(entry);
  return readFileSync(entry, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_line, file: string) =>
    readFileSync(path.join(dir, file), 'utf8'),
  );
}

/**
 * One output file per source module (Rollup's `preserveModules`), so a host's bundler sees the package's own module
 * graph and splits it where the source does: at the `import()` of the ticket detail and of the calendar.
 *
 * Bundled into one file with shared chunks (tsup's default), the detail could not be split off by a host: the entry
 * also exports `TicketDetail` and `NotesPanel`, so esbuild put them in the chunk it shares with the entry's first-screen
 * code (messages, slots, formatting…), the entry imported that chunk statically, and the lazy chunk was a 0.26 kB
 * re-export of it. A host bundler moves modules, never parts of one, so all of the detail loaded before the first screen.
 *
 * Every relative import is left as an import of the sibling output file (`./lib/cn` → `./lib/cn.js`, or `.cjs`);
 * third-party imports are external as usual.
 */
const moduleByModule: Plugin = {
  name: 'module-by-module',
  setup(build) {
    const ext = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const base = path.resolve(args.resolveDir, args.path);
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((suffix) => base + suffix).find((file) => existsSync(file));
      if (!found) return undefined; // not a module of ours (a stylesheet, say): let esbuild report it
      const target = found.replace(/\.tsx?$/, ext);
      let specifier = path.relative(args.resolveDir, target).split(path.sep).join('/');
      if (!specifier.startsWith('.')) specifier = `./${specifier}`;
      return { path: specifier, external: true };
    });
  },
};

export default defineConfig({
  // Every shipped module (tests, stories and test helpers are not shipped, see `files` in package.json).
  entry: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/**/*.test-d.{ts,tsx}', '!src/**/*.stories.tsx', '!src/stories/**', '!src/test/**'],
  format: ['esm', 'cjs'],
  // No shared chunks: each file holds its module, and the plugin keeps the imports between them.
  splitting: false,
  esbuildPlugins: [moduleByModule],
  esbuildOptions(options, { format }) {
    // In CommonJS a lazy part is a `require` inside a resolved promise (as before the split), so CJS consumers without
    // ESM support (Jest's default set-up) load it; the deferred download is for ESM hosts.
    if (format === 'cjs') options.supported = { ...options.supported, 'dynamic-import': false };
  },
  // Types for the public entries (the root and the message packs); the modules behind them need none of their own.
  dts: { entry: { index: 'src/index.ts', 'messages/de': 'src/messages/de.ts', 'messages/ar': 'src/messages/ar.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // The components use hooks and the DOM: mark the modules as client code for React Server Components hosts.
  banner: { js: '"use client";' },
  async onSuccess() {
    writeFileSync('dist/styles.css', bundleStyles('src/styles.css'));
  },
});
