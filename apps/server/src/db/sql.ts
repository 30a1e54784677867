/**
 * Collects the parameters of one statement. SQL text is assembled only from fixed fragments in this code;
 * every value that came from a request goes through `param`, never into the text.
 */
export class Params {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, e.g. `$3`. */
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
