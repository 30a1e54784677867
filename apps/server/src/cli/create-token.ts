import { characterCount, unstorableText, type TeamMember } from '@ticketkit/core';
import { parseArgs } from 'node:util';
import { issueToken } from '../db/api-tokens';
import type { Database } from '../db/database';
import { addTeamMember, findTeamMember, type NewTeamMember } from '../db/team';
import { LIMITS } from '../http/limits';

/** Whom `create-token` issues a token for: an existing team member, or a new one it adds first. */
export type TokenRequest = { memberId: string } | { newMember: NewTeamMember };

/** How to call the command, printed on a usage error. */
export const CREATE_TOKEN_USAGE = [
  'Usage: pnpm --filter @ticketkit/server create-token --member <team member id>',
  '   or: pnpm --filter @ticketkit/server create-token --name <name> --email <email> --role admin|member [--id <id>]',
].join('\n');

/** A mistake in the command's arguments; its message says which. */
export class UsageError extends Error {}

function text(option: string, value: string | undefined, max: number): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${option} is required`);
  const problem = unstorableText(value) ?? (characterCount(value) > max ? `must be at most ${max} characters` : null);
  if (problem) throw new UsageError(`--${option} ${problem}`);
  return value;
}

/** Reads the arguments of `create-token`. @throws UsageError when they name no one, or someone twice. */
export function parseCreateTokenArgs(args: readonly string[]): TokenRequest {
  const { values } = parseArgs({
    args: [...args],
    options: { member: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, id: { type: 'string' } },
    strict: true,
  });
  const describesNew = values.name !== undefined || values.email !== undefined || values.role !== undefined || values.id !== undefined;
  if (values.member !== undefined) {
    if (describesNew) throw new UsageError('give either --member or --name/--email/--role, not both');
    return { memberId: text('member', values.member, LIMITS.idCharacters) };
  }
  if (values.role !== 'admin' && values.role !== 'member') throw new UsageError('--role must be admin or member');
  return {
    newMember: {
      name: text('name', values.name, 200),
      email: text('email', values.email, 320),
      role: values.role,
      ...(values.id === undefined ? {} : { id: text('id', values.id, LIMITS.idCharacters) }),
    },
  };
}

/**
 * Issues a random bearer token for an existing team member, or adds a new member and issues theirs, in one
 * transaction. @throws UsageError for an unknown member or a taken ID.
 */
export async function createToken(db: Database, request: TokenRequest): Promise<{ member: TeamMember; token: string }> {
  return db.transaction(async (tx) => {
    let member: TeamMember | null;
    if ('memberId' in request) {
      member = await findTeamMember(tx, request.memberId);
      if (!member) throw new UsageError(`no team member with ID ${JSON.stringify(request.memberId)}`);
    } else {
      if (request.newMember.id !== undefined && (await findTeamMember(tx, request.newMember.id))) {
        throw new UsageError(`a team member with ID ${JSON.stringify(request.newMember.id)} already exists`);
      }
      member = await addTeamMember(tx, request.newMember);
    }
    return { member, token: await issueToken(tx, member.id) };
  });
}
