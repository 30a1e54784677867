import { describe, expect, it } from 'vitest';
import { commandArgs } from './args';

describe('commandArgs', () => {
  it('drops the leading -- that `pnpm start -- --demo` passes on, and nothing else', () => {
    expect(commandArgs(['node', 'main.ts', '--', '--demo'])).toEqual(['--demo']);
    expect(commandArgs(['node', 'main.ts', '--demo'])).toEqual(['--demo']);
    expect(commandArgs(['node', 'seed.ts', '--tickets', '5', '--', 'x'])).toEqual(['--tickets', '5', '--', 'x']);
  });
});
