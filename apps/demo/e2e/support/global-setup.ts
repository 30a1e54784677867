import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumArgs } from '../../../../scripts/lib/chromium-args.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built demo is served for this run, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** The shared browser's endpoint; each test file connects to it. */
    wsEndpoint: string;
  }
}

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The tests build into their own folder, so a demo served by `npm start` from dist/ is never touched.
const outDir = join(demoDir, 'test-results', 'dist');

/** A port nobody listens on now, so a running `npm start` (port 4173) never clashes with the tests. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds the demo (skip with `TICKETKIT_E2E_SKIP_BUILD=1` after a build), serves it, and starts the browser. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = join(demoDir, 'vite.config.ts');
  if (process.env.TICKETKIT_E2E_SKIP_BUILD !== '1') {
    // Test what `npm start` serves: the production build. Vitest sets NODE_ENV=test, which would bundle React's
    // development build (larger, slower); `vite build` from the command line runs with production.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: demoDir, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  }
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: demoDir,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let browser: BrowserServer;
  try {
    browser = await chromium.launchServer({ executablePath, args: chromiumArgs, headless: true });
  } catch (error) {
    await server.close();
    throw new Error(
      `Could not start Chromium at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.\n${String(error)}`,
    );
  }
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
