import { describe, expect, it } from 'vitest';
import { hashToken, viewerForToken } from '../db/api-tokens';
import { addTeamMember } from '../db/team';
import { useEmptyTestDatabase } from '../testing/test-database';
import { createToken, parseCreateTokenArgs, UsageError } from './create-token';

const test = useEmptyTestDatabase();

describe('create-token', () => {
  it('adds a new member and prints a random token that signs them in; only its SHA-256 is stored', async () => {
    const request = parseCreateTokenArgs(['--name', 'Ada Lovelace', '--email', 'ada@example.com', '--role', 'admin']);
    const { member, token } = await createToken(test.db, request);
    expect(member).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', role: 'admin' });
    expect(token).toMatch(/^tk_[A-Za-z0-9_-]{43}$/);
    expect(await viewerForToken(test.db, token)).toEqual({ id: member.id, name: 'Ada Lovelace', role: 'admin' });
    const stored = await test.db.query<{ token_sha256: string }>('SELECT token_sha256 FROM api_tokens');
    expect(stored).toEqual([{ token_sha256: hashToken(token) }]);
    const second = await createToken(test.db, request);
    expect(second.token).not.toBe(token);
    expect(second.member.id).not.toBe(member.id);
  });

  it('issues another token for an existing member; an unknown member or a taken ID is refused', async () => {
    await addTeamMember(test.db, { id: 'tm-7', name: 'Sam', email: 'sam@example.com', role: 'member' });
    const { member, token } = await createToken(test.db, parseCreateTokenArgs(['--member', 'tm-7']));
    expect(member.id).toBe('tm-7');
    expect(await viewerForToken(test.db, token)).toMatchObject({ id: 'tm-7', role: 'member' });
    await expect(createToken(test.db, { memberId: 'tm-404' })).rejects.toBeInstanceOf(UsageError);
    await expect(createToken(test.db, parseCreateTokenArgs(['--id', 'tm-7', '--name', 'X', '--email', 'x@example.com', '--role', 'member'])))
      .rejects.toThrow('already exists');
  });

  it('refuses arguments that name no one, or someone twice', () => {
    for (const args of [[], ['--name', 'Ada', '--email', 'a@example.com'], ['--name', 'Ada', '--email', 'a@example.com', '--role', 'owner'],
      ['--member', 'tm-1', '--role', 'admin'], ['--name', ' ', '--email', 'a@example.com', '--role', 'admin'], ['--member', 'tm\u00001']]) {
      expect(() => parseCreateTokenArgs(args), JSON.stringify(args)).toThrow(UsageError);
    }
  });
});
