/**
 * The arguments a command was started with. A leading `--` is dropped: `pnpm start -- --demo` passes it on, and
 * `parseArgs` would then read `--demo` as a positional argument and refuse it.
 */
export function commandArgs(argv: readonly string[] = process.argv): string[] {
  const args = argv.slice(2);
  return args[0] === '--' ? args.slice(1) : args;
}
