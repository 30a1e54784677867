// `npm start`: set up on a fresh machine, build the demo host app and serve it on a fixed port.
import { ensurePnpm, installDependencies, run } from './lib/setup.mjs';

ensurePnpm();
installDependencies();
run('pnpm', ['turbo', 'run', 'build', '--filter=@ticketkit/demo...', '--output-logs=errors-only']);
run('pnpm', ['--filter', '@ticketkit/demo', 'run', 'serve']);
