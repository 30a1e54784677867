import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database';
import { createApp } from './app';

/** A database that fails every query the way drivers do: the SQL text and its parameters ride on the error. */
function failingDatabase(): Database {
  const fail = async () => {
    throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00\nINFO forged by the message'), {
      code: '22021',
      query: 'SELECT secret_sql_text FROM api_tokens WHERE token_sha256 = $1',
      params: ['secret-parameter-value'],
    });
  };
  return { kind: 'pglite', query: fail, exec: fail, transaction: fail, close: async () => undefined } as Database;
}

describe('the log of a failed request', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a 500 logged on one escaped line, without the SQL or its parameters', async () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    const app = createApp(failingDatabase());
    const response = await app.request('/api/tickets/TK-1%0d%0aINFO%20forged%20by%20the%20path', {
      headers: { Authorization: 'Bearer some-token' },
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'The server failed to handle this request.' } });

    expect(logged).toHaveLength(1);
    const [first, ...frames] = logged[0]!.split('\n');
    expect(first).toContain('Unhandled error on GET /api/tickets/TK-1\\u000d\\u000aINFO forged by the path');
    expect(first).toContain('[22021]: invalid byte sequence for encoding "UTF8": 0x00\\u000aINFO forged by the message');
    expect(logged[0]).not.toContain('\r');
    // Whatever follows the first line is stack frames, never text from the request or the error.
    for (const frame of frames) expect(frame).toMatch(/^\s+at /);
    expect(logged[0]).not.toMatch(/secret_sql_text|secret-parameter-value/);
  });
});
