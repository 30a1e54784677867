import { NotFoundError, type SavedView, type SavedViewInput, type SavedViewQuery, type Viewer } from '@ticketkit/core';
import { randomUUID } from 'node:crypto';
import type { Queryable, Row } from './database';
import { iso } from './rows';

/** Most views one team member may keep. */
export const MAX_SAVED_VIEWS = 100;

const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** A `saved_views` row as a `SavedView`. */
function toSavedView(row: Row): SavedView {
  const columns = parsed(row.columns);
  return {
    id: String(row.id),
    name: String(row.name),
    query: parsed(row.query) as SavedViewQuery,
    ...(Array.isArray(columns) ? { columns: columns.map(String) } : {}),
    ...(row.density == null ? {} : { density: row.density as SavedView['density'] & string }),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** A view that is not the viewer's is missing to them: 404, as for one that does not exist. */
const viewNotFound = (id: string) => new NotFoundError('Saved view', id);

/** The viewer's saved views, in the order they were saved. */
export async function listSavedViews(db: Queryable, viewer: Viewer): Promise<SavedView[]> {
  const rows = await db.query('SELECT * FROM saved_views WHERE member_id = $1 ORDER BY position', [viewer.id]);
  return rows.map(toSavedView);
}

/** Saves a view (input checked by the caller) for the viewer; `null` when they already keep `MAX_SAVED_VIEWS`. */
export async function createSavedView(db: Queryable, viewer: Viewer, input: SavedViewInput): Promise<SavedView | null> {
  // The count is read in the insert's statement. Two saves by one member at the same instant could both pass: the
  // limit keeps a runaway client from filling the table, it is not an exact quota.
  const rows = await db.query(
    `INSERT INTO saved_views (id, member_id, name, query, columns, density, created_at, updated_at)
     SELECT $1, $2, $3, $4::jsonb, $5::jsonb, $6, now(), now()
     WHERE (SELECT count(*) FROM saved_views WHERE member_id = $2) < $7
     RETURNING *`,
    [
      `view-${randomUUID()}`,
      viewer.id,
      input.name,
      JSON.stringify(input.query),
      input.columns === undefined ? null : JSON.stringify(input.columns),
      input.density ?? null,
      MAX_SAVED_VIEWS,
    ],
  );
  return rows[0] ? toSavedView(rows[0]) : null;
}

/** Changes what `changes` names of one of the viewer's views. @throws NotFoundError for a view that is not theirs. */
export async function updateSavedView(db: Queryable, viewer: Viewer, id: string, changes: Partial<SavedViewInput>): Promise<SavedView> {
  const sets: string[] = ['updated_at = GREATEST(now(), updated_at + interval \'1 millisecond\')'];
  const values: unknown[] = [id, viewer.id];
  const set = (column: string, value: unknown, cast = '') => {
    values.push(value);
    sets.push(`${column} = $${values.length}${cast}`);
  };
  if (changes.name !== undefined) set('name', changes.name);
  if (changes.query !== undefined) set('query', JSON.stringify(changes.query), '::jsonb');
  if (changes.columns !== undefined) set('columns', JSON.stringify(changes.columns), '::jsonb');
  if (changes.density !== undefined) set('density', changes.density);
  const rows = await db.query(`UPDATE saved_views SET ${sets.join(', ')} WHERE id = $1 AND member_id = $2 RETURNING *`, values);
  if (!rows[0]) throw viewNotFound(id);
  return toSavedView(rows[0]);
}

/** Deletes one of the viewer's views. @throws NotFoundError for a view that is not theirs. */
export async function deleteSavedView(db: Queryable, viewer: Viewer, id: string): Promise<void> {
  const rows = await db.query('DELETE FROM saved_views WHERE id = $1 AND member_id = $2 RETURNING id', [id, viewer.id]);
  if (!rows[0]) throw viewNotFound(id);
}
