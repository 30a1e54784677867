import type { TeamMember } from '@ticketkit/core';
import { randomBytes } from 'node:crypto';
import type { Queryable } from './database';
import { toTeamMember } from './rows';

/** A person to add to the team, e.g. the first administrator of a fresh database. */
export interface NewTeamMember {
  name: string;
  email: string;
  role: TeamMember['role'];
  /** Defaults to `tm-` and 12 random hex digits. */
  id?: string;
}

/** The team member with this ID, or `null`. */
export async function findTeamMember(db: Queryable, id: string): Promise<TeamMember | null> {
  const [row] = await db.query('SELECT id, name, email, role FROM team_members WHERE id = $1', [id]);
  return row ? toTeamMember(row) : null;
}

/** Adds a team member after the others (the team list keeps the order people were added in). */
export async function addTeamMember(db: Queryable, member: NewTeamMember): Promise<TeamMember> {
  const [row] = await db.query(
    `INSERT INTO team_members (id, name, email, role, position)
     SELECT $1, $2, $3, $4, coalesce(max(position) + 1, 0) FROM team_members
     RETURNING id, name, email, role`,
    [member.id ?? `tm-${randomBytes(6).toString('hex')}`, member.name, member.email, member.role],
  );
  return toTeamMember(row!);
}
