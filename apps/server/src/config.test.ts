import { defaultTicketModel } from '@ticketkit/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTicketModel, modelFromConfig } from './config';

const dir = mkdtempSync(join(tmpdir(), 'ticketkit-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const hostModel = {
  statuses: [
    { id: 'new', label: 'New', category: 'active' },
    { id: 'pending_customer', label: 'Pending customer', category: 'waiting' },
    { id: 'solved', label: 'Solved', category: 'done' },
  ],
  priorities: [{ id: 'p2', label: 'P2' }, { id: 'p1', label: 'P1' }],
  fields: [{ id: 'orderId', label: 'Order', type: 'number', filterable: true, sortable: true }],
};

describe('the ticket model of the configuration', () => {
  it('is read from a JSON file and checked whole by defineTicketModel', () => {
    const model = loadTicketModel(file('host.json', JSON.stringify(hostModel)));
    expect(model.statuses.map((status) => status.id)).toEqual(['new', 'pending_customer', 'solved']);
    expect(model.unsolvedStatuses).toEqual(['new', 'pending_customer']);
    expect(model.priorityRank('p1')).toBe(1);
    expect(model.field('orderId')?.sortable).toBe(true);
  });

  it('says which file and which part is wrong', () => {
    const badCategory = file('bad.json', JSON.stringify({ ...hostModel, statuses: [{ id: 'new', label: 'New', category: 'later' }] }));
    expect(() => loadTicketModel(badCategory)).toThrow(`The ticket model ${badCategory} is not valid: model.statuses[0].category: expected one of active, waiting, done`);
    const notJson = file('broken.json', '{ statuses: [');
    expect(() => loadTicketModel(notJson)).toThrow(`The ticket model ${notJson} is not valid JSON`);
    const list = file('list.json', '[]');
    expect(() => loadTicketModel(list)).toThrow('must be a JSON object');
    expect(() => loadTicketModel(join(dir, 'missing.json'))).toThrow(/^Cannot read the ticket model .*missing\.json/);
  });

  it('comes from --model, else TICKET_MODEL, else is the default model', () => {
    const path = file('env.json', JSON.stringify(hostModel));
    expect(modelFromConfig(undefined, {}).model).toBe(defaultTicketModel);
    expect(modelFromConfig(undefined, { TICKET_MODEL: path }).model.status('pending_customer')).toBeDefined();
    expect(modelFromConfig(path, { TICKET_MODEL: join(dir, 'missing.json') }).label).toContain('3 statuses, 2 priorities, 1 fields');
  });
});
