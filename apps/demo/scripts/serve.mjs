// Serves the built demo on the fixed port the README gives, and says where to open it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(join(demoDir, 'dist', 'index.html'))) {
  console.error('✖ The demo is not built yet. Run `npm start` from the repository root (or `pnpm --filter @ticketkit/demo build`).');
  process.exit(1);
}

try {
  const server = await preview({ root: demoDir, configFile: join(demoDir, 'vite.config.ts'), logLevel: 'warn' });
  const { port } = server.config.preview;
  console.log(`\n  ticketkit demo: http://localhost:${port}\n  (also http://127.0.0.1:${port}; press Ctrl+C to stop)\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/in use/i.test(message)) console.error(`✖ Port 4173 is taken: stop whatever runs there (another demo?) and try again.\n  ${message}`);
  else console.error(`✖ Could not serve the demo: ${message}`);
  process.exit(1);
}
