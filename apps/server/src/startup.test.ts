import { describe, expect, it } from 'vitest';
import { viewerForToken } from './db/api-tokens';
import { demoTokenFor } from './db/demo-tokens';
import { prepareForServing } from './startup';
import { useEmptyTestDatabase } from './testing/test-database';

const test = useEmptyTestDatabase();

async function counts() {
  const [row] = await test.db.query<{ members: number; tokens: number; tickets: number }>(`SELECT
    (SELECT count(*)::int FROM team_members) AS members,
    (SELECT count(*)::int FROM api_tokens) AS tokens,
    (SELECT count(*)::int FROM tickets) AS tickets`);
  return row;
}

describe('starting the server', () => {
  it('without demo mode, a fresh database gets no account and no token, with or without SEED_TICKETS', async () => {
    for (const seedTickets of [undefined, 0, 50]) {
      const lines = await prepareForServing(test.db, { demo: false, seedTickets });
      expect(await counts()).toEqual({ members: 0, tokens: 0, tickets: 0 });
      expect(await viewerForToken(test.db, demoTokenFor('tm-1'))).toBeNull();
      expect(lines.join('\n')).toContain('create-token');
    }
  });

  it('in demo mode, an empty database gets the demo data and the demo tokens, printed; started again, nothing new', async () => {
    const lines = await prepareForServing(test.db, { demo: true, seedTickets: 40 });
    expect(await counts()).toMatchObject({ tickets: 40 });
    expect(await viewerForToken(test.db, demoTokenFor('tm-1'))).toMatchObject({ id: 'tm-1', role: 'admin' });
    expect(lines.join('\n')).toContain(`Bearer ${demoTokenFor('tm-1')}`);
    const before = await counts();
    const again = await prepareForServing(test.db, { demo: true, seedTickets: 40 });
    expect(await counts()).toEqual(before);
    expect(again.join('\n')).toContain(`Bearer ${demoTokenFor('tm-1')}`);
    expect(again.join('\n')).not.toContain('seeded');
  });

  it('without demo mode, a database that holds demo tokens is started with a warning about them', async () => {
    await prepareForServing(test.db, { demo: true, seedTickets: 10 });
    const lines = await prepareForServing(test.db, { demo: false });
    const warning = lines.find((line) => line.startsWith('WARNING: this database holds 9 well-known demo tokens'));
    expect(warning).toBeDefined();
    // The statement it suggests deletes exactly the demo tokens.
    await test.db.query(`INSERT INTO api_tokens (token_sha256, member_id) VALUES ('a-real-token-hash', 'tm-1')`);
    await test.db.query(warning!.slice(warning!.indexOf('DELETE FROM')));
    expect(await test.db.query('SELECT token_sha256 FROM api_tokens')).toEqual([{ token_sha256: 'a-real-token-hash' }]);
  });

  it('demo mode on a database that has data but no demo tokens makes none', async () => {
    await prepareForServing(test.db, { demo: true, seedTickets: 10 });
    await test.db.query('DELETE FROM api_tokens');
    const lines = await prepareForServing(test.db, { demo: true });
    expect(await counts()).toMatchObject({ tokens: 0 });
    expect(lines.join('\n')).toContain('no demo tokens');
  });
});

describe('starting the server on a configured model', () => {
  it('demo data is generated for the model, and stored tickets the model cannot read are reported', async () => {
    const { sampleHostModel } = await import('@ticketkit/core/memory');
    const lines = await prepareForServing(test.db, { demo: true, seedTickets: 40, model: sampleHostModel });
    expect(lines.join('\n')).not.toContain('WARNING');
    const [row] = await test.db.query<{ statuses: string[]; with_fields: number }>(
      `SELECT array_agg(DISTINCT status ORDER BY status) AS statuses, count(*) FILTER (WHERE fields <> '{}')::int AS with_fields FROM tickets`,
    );
    expect(row!.statuses.every((status) => sampleHostModel.status(status))).toBe(true);
    expect(row!.with_fields).toBeGreaterThan(0);
    // The same database under the default model: statuses it lacks are named at start-up.
    const warnings = (await prepareForServing(test.db, { demo: false })).filter((line) => line.startsWith('WARNING: the database holds tickets with statuses'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`: ${row!.statuses.join(', ')}.`);
  });
});
