import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createApp } from './app';

/** `METHOD /path` of every operation in openapi.yaml, path parameters written `:param`. */
function documentedRoutes(): string[] {
  const text = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
  const routes: string[] = [];
  let path: string | null = null;
  for (const line of text.split('\n')) {
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    if (pathMatch) path = pathMatch[1]!.replace(/\{[^}]+\}/g, ':param');
    else if (/^\S/.test(line)) path = null;
    const methodMatch = /^ {4}(get|put|post|patch|delete):\s*$/.exec(line);
    if (path && methodMatch) routes.push(`${methodMatch[1]!.toUpperCase()} /api${path}`);
  }
  return routes.sort();
}

describe('openapi.yaml', () => {
  it('documents exactly the routes the server implements', () => {
    const unused = {} as Database; // routes are only listed, never called
    const implemented = createApp(unused)
      .routes.filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:[^/]+/g, ':param')}`);
    expect([...new Set(implemented)].sort()).toEqual(documentedRoutes());
    expect(documentedRoutes().length).toBeGreaterThanOrEqual(9);
  });
});
