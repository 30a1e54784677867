import { checkIdempotencyKey, defaultTicketModel, defineTicketModel } from '@ticketkit/core';
import { sampleHostModel } from '@ticketkit/core/memory';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openApiText, openApiValues } from '../testing/openapi-document';
import { createApp } from './app';
import { LIMITS } from './limits';
import { openApiDocument } from './openapi';

/** `METHOD /path` of every operation in openapi.yaml, path parameters written `:param`. */
function documentedRoutes(): string[] {
  const routes: string[] = [];
  let path: string | null = null;
  for (const line of openApiText().split('\n')) {
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    if (pathMatch) path = pathMatch[1]!.replace(/\{[^}]+\}/g, ':param');
    else if (/^\S/.test(line)) path = null;
    const methodMatch = /^ {4}(get|put|post|patch|delete):\s*$/.exec(line);
    if (path && methodMatch) routes.push(`${methodMatch[1]!.toUpperCase()} /api${path}`);
  }
  return routes.sort();
}

const doc = openApiValues();
/** The document's value at `path`, which must exist. */
function at(path: string): string {
  const value = doc.get(path);
  expect(value, path).toBeDefined();
  return value!;
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

  it('states every limit the server enforces (http/limits.ts), where a client reads it', () => {
    for (const version of ['TicketUpdate.properties.expectedVersion', 'NoteInput.properties.expectedVersion', 'ReplyInput.properties.expectedVersion', 'Ticket.properties.version']) {
      expect(Number(at(`components.schemas.${version}.maximum`)), version).toBe(LIMITS.version);
    }
    for (const input of ['NoteInput', 'ReplyInput']) expect(at(`components.schemas.${input}.properties.body.$ref`)).toBe('#/components/schemas/Text');
    expect(Number(at('components.schemas.Text.maxLength'))).toBe(LIMITS.bodyCharacters);
    expect(Number(at('components.parameters.TicketId.schema.maxLength'))).toBe(LIMITS.idCharacters);
    expect(Number(at('components.schemas.TicketUpdate.properties.patch.properties.assigneeId.maxLength'))).toBe(LIMITS.idCharacters);
    const list = 'paths./tickets.get.parameters';
    expect(Number(at(`${list}.[search].schema.maxLength`))).toBe(LIMITS.searchCharacters);
    expect(Number(at(`${list}.[page].schema.maximum`))).toBe(LIMITS.page);
    expect(Number(at(`${list}.[pageSize].schema.maximum`))).toBe(LIMITS.pageSize);
    for (const day of ['createdFrom', 'createdTo']) expect(at(`${list}.[${day}].description`)).toContain(`From ${LIMITS.firstDay} to ${LIMITS.lastDay}.`);
    expect(Number(at('components.parameters.IdempotencyKey.schema.maxLength'))).toBe(LIMITS.idempotencyKeyCharacters);
    expect(Number(at('components.schemas.BulkUpdate.properties.items.maxItems'))).toBe(LIMITS.bulkItems);
    expect(Number(at('components.schemas.BulkUpdate.properties.items.items.properties.expectedVersion.maximum'))).toBe(LIMITS.version);
    for (const input of ['SavedViewInput', 'SavedViewChanges']) {
      expect(Number(at(`components.schemas.${input}.properties.name.maxLength`))).toBe(LIMITS.viewNameCharacters);
      expect(Number(at(`components.schemas.${input}.properties.columns.maxItems`))).toBe(LIMITS.viewColumns);
    }
    const bytes = `${LIMITS.requestBytes / 1024} KiB (${LIMITS.requestBytes.toLocaleString('en-US')} bytes`;
    expect(at('info.description')).toContain(bytes);
    expect(at('components.responses.TooLarge.description')).toContain(bytes);
  });

  it('describes the Idempotency-Key the server takes: its pattern and length accept exactly what the server does', () => {
    for (const route of ['/tickets/{ticketId}/replies', '/tickets/{ticketId}/notes']) {
      expect(at(`paths.${route}.post.parameters.[#/components/parameters/IdempotencyKey].$ref`)).toBe('#/components/parameters/IdempotencyKey');
    }
    const schema = 'components.parameters.IdempotencyKey.schema';
    const pattern = new RegExp(at(`${schema}.pattern`));
    const documented = (key: string) => pattern.test(key) && key.length >= Number(at(`${schema}.minLength`)) && key.length <= Number(at(`${schema}.maxLength`));
    const accepted = (key: string) => {
      try {
        return checkIdempotencyKey(key) === key;
      } catch {
        return false;
      }
    };
    for (const key of ['a', 'k'.repeat(128), 'k'.repeat(129), '', 'has space', 'a:b.c_d-e', 'é', 'a/b', 'a,b', '6f1c2d4e-reply-1']) {
      expect({ key, documented: documented(key) }).toEqual({ key, documented: accepted(key) });
    }
  });
});

describe('the document for a configured model', () => {
  it('is the committed openapi.yaml for the default model', () => {
    expect(openApiDocument(defaultTicketModel)).toBe(openApiText());
  });

  it('lists the model’s statuses with unsolved, its priorities lowest first, field filters, field sorts and field schemas', () => {
    const values = openApiValues(openApiDocument(sampleHostModel));
    const list = 'paths./tickets.get.parameters';
    // The document reader keeps a one-line `{ … }` map whole (and splits it only at commas, so lists are read whole here).
    const flow = (path: string) => values.get(path) ?? '';
    expect(flow(`${list}.[status].schema`)).toContain('enum: [all, unsolved, new, working, pending_customer, solved]');
    expect(flow(`${list}.[sort].schema`)).toContain('enum: [createdAt, priority, updatedAt, waitingSince, lastMessageAt, fields.orderId, fields.plan]');
    expect(flow(`${list}.[priority].schema`)).toContain('enum: [p4, p3, p2, p1]');
    expect(flow(`${list}.[f.orderId].schema`)).toBe('{ type: number }');
    expect(flow(`${list}.[f.plan].schema`)).toContain('enum: [free, pro, enterprise]');
    expect(flow(`${list}.[f.tags].schema`)).toContain('enum: [vip, refund, bug, shipping]');
    expect(values.has(`${list}.[f.orderUrl].in`), 'orderUrl is not filterable').toBe(false);
    expect(flow('components.schemas.Ticket.properties.status')).toContain('enum: [new, working, pending_customer, solved]');
    expect(flow('components.schemas.Ticket.properties.priority')).toContain('enum: [p4, p3, p2, p1]');
    expect(flow('components.schemas.Ticket.properties.fields.$ref')).toBe('#/components/schemas/TicketFields');
    expect(flow('components.schemas.TicketUpdate.properties.patch.properties.status')).toContain('enum: [new, working, pending_customer, solved]');
    expect(flow('components.schemas.TicketUpdate.properties.patch.properties.priority')).toContain('enum: [p4, p3, p2, p1]');
    expect(flow('components.schemas.TicketFields.properties.orderUrl')).toContain('format: uri');
    const patchFields = [...values.keys()].filter((key) => /^components\.schemas\.TicketFieldsPatch\.properties\.\w+$/.test(key));
    expect(patchFields.map((key) => key.split('.').at(-1))).toEqual(['plan', 'tags']);
  });

  it('quotes IDs YAML would read as something else', () => {
    const model = defineTicketModel({ statuses: [{ id: 'yes', label: 'Yes', category: 'active' }, { id: '2', label: 'Two', category: 'done' }] });
    expect(openApiValues(openApiDocument(model)).get('components.schemas.Ticket.properties.status')).toContain('enum: ["yes", "2"]');
  });

  it('is served at /api/openapi.yaml without a token, for the server’s model', async () => {
    const unused = {} as Database; // the document needs no database
    const response = await createApp(unused, { model: sampleHostModel }).request('/api/openapi.yaml');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/yaml');
    expect(await response.text()).toBe(openApiDocument(sampleHostModel));
  });
});
