import { expect } from 'vitest';
import { ValidationError } from '../src/errors';

/** Runs `run` and returns the `field` of the `ValidationError` it throws (any other error fails the test), or `undefined` when it throws nothing. */
export function validationFieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).field;
  }
  return undefined;
}
