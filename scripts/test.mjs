// `npm test`: set up on a fresh machine, then run every test: typecheck, lint, unit and property tests,
// adapter conformance, packed-package checks, stories in real Chromium, and the demo's end-to-end tests.
import { ensurePnpm, installDependencies, requireChromium, run } from './lib/setup.mjs';

ensurePnpm();
installDependencies();
const chromium = requireChromium();
console.log(`› Browser tests use ${chromium}`);
run('pnpm', ['turbo', 'run', 'typecheck', 'lint', 'test', 'check:package', '--output-logs=errors-only', '--concurrency=2']);
run('pnpm', ['run', 'test:stories']);
run('pnpm', ['run', 'test:e2e']);
run('pnpm', ['run', 'size', '--check']); // bundle budgets (deterministic): last, so a miss never hides another failure
console.log('\n✔ Every test passed.');
